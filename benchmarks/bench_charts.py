"""What each chart costs in the notebook: the size of its output under each renderer.

The kit draws with altair's "mimetype" renderer (``kit.charts.offline()``): the output is
the chart's Vega-Lite JSON, drawn by the Vega that JupyterLab ships, so no internet is
needed. For comparison: the default "html" renderer writes a small page that loads Vega
from a CDN (blank offline), and its offline form (``inline=True``) embeds the Vega
libraries in every chart; measuring that one needs the optional ``vl-convert-python``.
Also reported: the time to build each chart and turn it into JSON (median of 20).
"""

from __future__ import annotations

import json
import statistics
import time

import altair as alt

import kit
from kit import charts, rhetoric, topics


def output_size(chart: alt.TopLevelMixin) -> int:
    bundle = chart._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    return len(json.dumps(data).encode())


def main() -> None:
    corpus = kit.load().deduplicated()
    sentences = corpus.sentences
    flags = rhetoric.flag_devices(sentences)
    tagged = topics.tag(sentences)
    builders = {
        "words_by_speaker": lambda: charts.words_by_speaker(corpus.turns),
        "lengths": lambda: charts.lengths(corpus.exchanges, selected=3),
        "stacked_share": lambda: charts.stacked_share(topics.coverage(sentences, by="exchange_id")),
        "timeline (3 topics)": lambda: charts.timeline(tagged, ["arctic", "cyber_security", "human_rights"]),
        "heatmap": lambda: charts.heatmap(topics.coverage(sentences), "exchange_id", "topic", "share_sentences"),
        "kwic_table ('law')": lambda: charts.kwic_table(kit.kwic(sentences, "law")),
        "devices": lambda: charts.devices(rhetoric.summary(flags)),
    }
    try:
        import vl_convert  # noqa: F401

        inline = True
    except ImportError:
        inline = False
    header = f"{'chart':22s} {'mimetype':>10s} {'html (CDN)':>11s} {'html inline':>12s} {'build+JSON':>11s}  (build includes the analysis)"
    print(header)
    mimetype_sizes = []
    for name, build in builders.items():
        chart = build()
        sizes = {}
        for renderer, options in (("mimetype", {}), ("html", {}), ("html-inline", {"template": "inline"})):
            if renderer == "html-inline" and not inline:
                sizes[renderer] = "n/a"
                continue
            alt.renderers.enable(renderer.split("-")[0], **options)
            sizes[renderer] = f"{output_size(chart) / 1000:.1f} kB"
        mimetype_sizes.append(float(sizes["mimetype"].split()[0]))
        times = []
        for _ in range(20):
            start = time.perf_counter()
            build().to_dict(validate=False)
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"{name:22s} {sizes['mimetype']:>10s} {sizes['html']:>11s} {sizes['html-inline']:>12s}"
            f" {statistics.median(times):8.1f} ms"
        )
    alt.renderers.enable("default")
    print(
        f"\nmimetype output: median {statistics.median(mimetype_sizes):.1f} kB, largest {max(mimetype_sizes):.1f} kB per chart"
    )
    if not inline:
        print("html inline: install vl-convert-python (optional, ~30 MB) to measure it")


if __name__ == "__main__":
    main()
