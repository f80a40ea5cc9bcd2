/*
 * Keeps the header's countdown running. The page carries the deadline and the server's "now" (the
 * application's clock, which a demo may set) as epoch milliseconds; the browser counts on from there.
 */
(function () {
    "use strict";
    function start() {
        var box = document.getElementById("countdown");
        if (!box) {
            return;
        }
        var deadline = Number(box.getAttribute("data-deadline"));
        var skew = Number(box.getAttribute("data-now")) - Date.now();
        var parts = {
            d: box.querySelector(".cd-d"), h: box.querySelector(".cd-h"),
            m: box.querySelector(".cd-m"), s: box.querySelector(".cd-s")
        };
        if (!parts.s) {
            return;
        }
        function tick() {
            var left = Math.max(0, deadline - (Date.now() + skew));
            var seconds = Math.floor(left / 1000);
            parts.d.textContent = String(Math.floor(seconds / 86400));
            parts.h.textContent = String(Math.floor(seconds % 86400 / 3600));
            parts.m.textContent = String(Math.floor(seconds % 3600 / 60));
            parts.s.textContent = String(seconds % 60);
            if (left > 0) {
                window.setTimeout(tick, left % 1000 || 1000);
            }
        }
        tick();
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
