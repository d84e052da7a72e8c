"""What a press conference covers: which sentences mention which topic, per group.

Part of :mod:`kit.topics` (the dictionary itself, read from ``data/topics.toml``, is
:mod:`kit.topics.dictionary`). A sentence is about a topic when it contains one of its
phrases: :func:`tag` marks each sentence; :func:`coverage` counts sentences and words per
topic per group (exchange, speaker, turn kind, document), with shares, so a student can
compare what was announced, asked and answered; :func:`agenda` and :func:`introduced` set
the opening statement, the questions and the answers side by side.
"""

from __future__ import annotations

import pandas as pd

from kit.schema import answering, asking, require
from kit.topics.dictionary import compile_dictionary, full_form

__all__ = ["tag", "coverage", "agenda", "introduced"]


def tag(frame: pd.DataFrame, dictionary: dict | None = None) -> pd.DataFrame:
    """One boolean column per topic: does the row's ``text`` mention it?

    Returns a new frame: the input's columns, a column per topic, and ``topics`` (the
    topics found, joined by ``"; "``). The input is not changed.

    Args:
        frame: sentences or turns (any frame with ``text``).
        dictionary: a topic dictionary; by default :func:`load_dictionary`.

    Returns:
        A new frame, as above.

    >>> import kit
    >>> tagged = tag(kit.parse("Vladimir Putin: We discussed the Arctic and trade.").sentences)
    >>> tagged.loc[0, "topics"]
    'arctic; trade_economy'
    """
    require(frame, "text", by="kit.topics.tag")
    patterns = compile_dictionary(full_form(dictionary))
    result = frame.copy()
    texts = result["text"]
    for topic, pattern in patterns.items():
        result[topic] = texts.map(lambda text, p=pattern: p.search(text) is not None).astype(bool)
    names = list(patterns)
    matrix = result[names].to_numpy(dtype=bool) if names else None
    result["topics"] = pd.Series(
        ["; ".join(n for n, on in zip(names, row, strict=True) if on) for row in matrix]
        if names
        else [""] * len(result),
        index=result.index,
        dtype="str",
    )
    return result


def coverage(frame: pd.DataFrame, dictionary: dict | None = None, by: str | list[str] = "exchange_id") -> pd.DataFrame:
    """Sentences and words about each topic, per group, with shares.

    Args:
        frame: sentences (``kit.Corpus.sentences``), or turns; needs ``text``,
            ``n_words`` and the ``by`` columns.
        dictionary: a topic dictionary; by default :func:`load_dictionary`.
        by: a column or columns to group by: ``"exchange_id"``, ``"speaker"``,
            ``"turn_kind"``, ``"doc_id"``, ``"turn_id"``.

    Returns:
        A new frame, one row per group and topic: the group columns, ``topic``, ``label``,
        ``sentences`` (rows that mention the topic), ``words`` (their words),
        ``share_sentences`` and ``share_words`` (of the group's rows and words), and the
        group's totals. Rows are kept for topics a group never mentions (zeros), so
        absences show. The input is not changed.

    >>> import kit
    >>> c = coverage(kit.load().deduplicated().sentences, by="turn_kind")
    >>> c.query("turn_kind == 'question' and topic == 'trade_economy'")["sentences"].item()
    0
    """
    dictionary = full_form(dictionary)
    keys = [by] if isinstance(by, str) else list(by)
    require(frame, "text", "n_words", *keys, by="kit.topics.coverage")
    tagged = tag(frame, dictionary)
    topics = list(compile_dictionary(dictionary))
    labels = {t: e["label"] for t, e in dictionary.items()}
    if not topics:
        return pd.DataFrame()
    groups = [tagged[k] for k in keys]
    flags = tagged[topics].astype("int64")
    sentences = flags.groupby(groups, dropna=True, sort=True).sum()  # groups x topics
    words = flags.mul(tagged["n_words"], axis=0).groupby(groups, dropna=True, sort=True).sum()
    totals = tagged.groupby(keys, dropna=True, sort=True).agg(
        group_sentences=("text", "size"), group_words=("n_words", "sum")
    )
    long = pd.DataFrame(
        {
            "sentences": sentences.stack(),
            "words": words.stack(),
        }
    )
    long.index = long.index.set_names([*keys, "topic"])
    result = long.reset_index().merge(totals.reset_index(), on=keys, how="left")
    result.insert(len(keys) + 1, "label", result["topic"].map(labels).astype("str"))
    if result.empty:
        return result
    result["share_sentences"] = (result["sentences"] / result["group_sentences"]).round(3)
    result["share_words"] = (result["words"] / result["group_words"].where(result["group_words"] > 0)).round(3)
    result[["sentences", "words"]] = result[["sentences", "words"]].astype("int64")
    return result.sort_values([*keys, "topic"], kind="stable").reset_index(drop=True)


def agenda(sentences: pd.DataFrame, dictionary: dict | None = None) -> pd.DataFrame:
    """Per topic: announced in the opening statement, asked in questions, answered.

    The opening statement is the first statement of the first document with questions.
    Returns a new frame: ``topic, label, announced`` (bool), ``asked`` (sentences in
    the asking turns: questions, follow-ups, remarks), ``answered`` (sentences in answers), ``first_line`` (where the
    topic first comes up in a question or answer).

    Args:
        sentences: the sentences of one news conference (questions from one document).
        dictionary: a topic dictionary; by default :func:`load_dictionary`.

    Returns:
        A new frame, one row per topic.

    Raises:
        ValueError: the sentences hold questions from more than one document.

    >>> import kit
    >>> a = agenda(kit.load().deduplicated().sentences).set_index("topic")
    >>> bool(a.loc["trade_economy", "announced"]), a.loc["trade_economy", ["asked", "answered"]].astype(int).tolist()
    (True, [0, 1])
    """
    require(sentences, "text", "exchange_id", "doc_id", "turn_kind", "turn_id", "role", "line", by="kit.topics.agenda")
    dictionary = full_form(dictionary)
    tagged = tag(sentences, dictionary)
    qa = tagged[tagged["exchange_id"].notna()]
    if qa["doc_id"].nunique() > 1:
        raise ValueError(
            "agenda reads one news conference, and these sentences hold questions from "
            f"{qa['doc_id'].nunique()} documents: choose one, e.g. sentences[sentences['doc_id'] == 1]"
        )
    doc = qa["doc_id"].iloc[0] if len(qa) else None
    opening_turn = tagged.loc[(tagged["doc_id"] == doc) & (tagged["turn_kind"] == "statement"), "turn_id"]
    opening = tagged[tagged["turn_id"] == opening_turn.min()] if len(opening_turn) else tagged.iloc[:0]
    rows = []
    for topic in compile_dictionary(dictionary):
        mentioned = qa[qa[topic]]
        rows.append(
            (
                topic,
                dictionary[topic]["label"],
                bool(opening[topic].any()),
                int(asking(mentioned).sum()),
                int(answering(mentioned).sum()),
                int(mentioned["line"].min()) if len(mentioned) else pd.NA,
            )
        )
    return pd.DataFrame(rows, columns=["topic", "label", "announced", "asked", "answered", "first_line"]).astype(
        {"first_line": "Int64"}
    )


def introduced(sentences: pd.DataFrame, dictionary: dict | None = None) -> pd.DataFrame:
    """Topics an answer brings in that its question did not raise, per exchange.

    Returns a new frame: ``exchange_id, questioner, topic, label, in_question, in_answer,
    introduced`` (in the answer and not the question), one row per exchange and topic
    mentioned in either.

    Args:
        sentences: a sentences frame.
        dictionary: a topic dictionary; by default :func:`load_dictionary`.

    Returns:
        A new frame, as above.

    >>> import kit
    >>> i = introduced(kit.load().deduplicated().sentences)
    >>> i.query("exchange_id == 6 and introduced")["topic"].tolist()
    ['trade_economy']
    """
    require(sentences, "text", "exchange_id", "role", "turn_kind", "speaker", by="kit.topics.introduced")
    dictionary = full_form(dictionary)
    tagged = tag(sentences[sentences["exchange_id"].notna()], dictionary)
    topics = list(compile_dictionary(dictionary))
    asked = tagged[asking(tagged)].groupby("exchange_id")[topics].any()
    answered = tagged[answering(tagged)].groupby("exchange_id")[topics].any()
    questioners = tagged[asking(tagged)].groupby("exchange_id")["speaker"].first()
    rows = []
    for exchange in sorted(set(asked.index) | set(answered.index)):
        for topic in topics:
            q = bool(asked.loc[exchange, topic]) if exchange in asked.index else False
            a = bool(answered.loc[exchange, topic]) if exchange in answered.index else False
            if q or a:
                label = dictionary[topic]["label"]
                rows.append((int(exchange), questioners.get(exchange), topic, label, q, a, a and not q))
    return pd.DataFrame(
        rows, columns=["exchange_id", "questioner", "topic", "label", "in_question", "in_answer", "introduced"]
    )
