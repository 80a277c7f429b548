/// Our stylesheet and script, served from `/static/` (the pages' policy allows no inline style
/// or script). The script positions the value boxes over a page image, scrolls the highlighted
/// value into view — in the page image or inside the sandboxed filing — and records what it found
/// on `document.body.dataset` (`tmHighlightBox`, `tmHighlightText`, `tmFilingMarker`,
/// `tmFilingScripts`, then `tmReady = "1"`) for browser tests.
enum StaticAssets {
    static let css = """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d232a; background: #fbfbf9; }
        header { display: flex; gap: 1em; align-items: center; padding: .6em 1.2em; background: #1d3b53; color: #fff; }
        header a { color: #fff; } .tm-home { font-weight: 700; text-decoration: none; }
        main { padding: 1em 1.2em 3em; max-width: 1200px; }
        table { border-collapse: collapse; margin: .5em 0 1em; } th, td { padding: .2em .6em; border-bottom: 1px solid #ddd; text-align: right; }
        th:first-child, td:first-child { text-align: left; } thead th { background: #eef1f4; }
        tr.tm-current { background: #fff3bf; } tr.tm-total td { font-weight: 600; } tr.tm-different { background: #ffe3e3; }
        .tm-current-value a { background: #ffd43b; padding: 0 .2em; }
        .tm-depth-1 { padding-left: 1em; } .tm-depth-2 { padding-left: 2em; } .tm-depth-3 { padding-left: 3em; }
        .tm-depth-4, .tm-depth-5, .tm-depth-6 { padding-left: 4em; }
        dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; } dt { font-weight: 600; } dd { margin: 0; }
        code { font-size: .9em; word-break: break-all; } .tm-muted { color: #68717a; } .tm-flag { color: #c92a2a; font-weight: 700; }
        .tm-error, .tm-fail, .tm-problem { color: #c92a2a; } .tm-pass { color: #2b8a3e; } .tm-alias { background: #e7f5ff; padding: .5em; }
        .tm-filters label { display: inline-block; margin: 0 .6em .4em 0; }
        #tm-source[data-kind="pdf"] { position: relative; display: inline-block; line-height: 0; border: 1px solid #ccc; max-width: 100%; }
        #tm-page { display: block; max-width: 100%; height: auto; margin: 0; padding: 0; border: 0; }
        .tm-box { position: absolute; box-sizing: border-box; pointer-events: none; }
        #tm-highlight { outline: 2px solid #e8590c; outline-offset: 2px; background: rgba(255, 212, 59, .25); }
        .tm-row { border: 1px dashed rgba(232, 89, 12, .45); }
        #tm-filing { width: 100%; height: 75vh; border: 1px solid #ccc; background: #fff; }
        pre { background: #f1f3f5; padding: .6em; overflow-x: auto; white-space: pre-wrap; }
        textarea { width: 100%; font-family: ui-monospace, monospace; }
        """

    static let script = """
        (function () {
          "use strict";
          var data = document.body.dataset;
          function ready() { data.tmReady = "1"; }
          function place(box) {
            ["left", "top", "width", "height"].forEach(function (side) { if (box.dataset[side]) { box.style[side] = box.dataset[side]; } });
          }
          function pdf(source) {
            Array.prototype.forEach.call(source.querySelectorAll(".tm-box"), place);
            var image = document.getElementById("tm-page"), highlight = document.getElementById("tm-highlight");
            function measure() {
              if (highlight && image.clientWidth > 0) {
                highlight.scrollIntoView({ block: "center" });
                var i = image.getBoundingClientRect(), h = highlight.getBoundingClientRect();
                var sx = parseFloat(source.dataset.pointWidth) / image.clientWidth, sy = parseFloat(source.dataset.pointHeight) / image.clientHeight;
                data.tmHighlightBox = [(h.left - i.left) * sx, (h.top - i.top) * sy, (h.right - i.left) * sx, (h.bottom - i.top) * sy]
                  .map(function (v) { return v.toFixed(1); }).join(",");
              }
              ready();
            }
            if (image.complete && image.naturalWidth > 0) { measure(); } else {
              image.addEventListener("load", measure);
              image.addEventListener("error", ready);
            }
          }
          function html(source) {
            var frame = document.getElementById("tm-filing"), done = false;
            function inspect() {
              var doc = null;
              try { doc = frame.contentDocument; } catch (e) { doc = null; }
              if (done || !doc || doc.URL === "about:blank") { return; }
              done = true;
              var value = doc.getElementById("tm-value");
              if (value) {
                value.scrollIntoView({ block: "center" });
                value.style.outline = "3px solid #e8590c";
                value.style.background = "rgba(255, 212, 59, .55)";
                data.tmHighlightText = value.textContent.trim();
              } else {
                data.tmHighlightText = "missing";
              }
              data.tmFilingMarker = doc.documentElement.getAttribute("data-filing-script-ran") || "none";
              data.tmFilingScripts = String(doc.getElementsByTagName("script").length);
              ready();
            }
            frame.addEventListener("load", inspect);
            if (frame.contentDocument && frame.contentDocument.readyState === "complete") { inspect(); }
          }
          var source = document.getElementById("tm-source");
          if (source && source.dataset.kind === "pdf") { pdf(source); }
          else if (source && source.dataset.kind === "html") { html(source); }
          else { ready(); }
        })();
        """
}
