// footprint report: the only script on the page. It reaches nothing outside the page.
(function () {
  "use strict";
  var button = document.getElementById("print");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  }
  // Printing (or saving as PDF) shows everything, folded parts included.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) {
      d.setAttribute("data-print-opened", "");
      d.open = true;
    });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details[data-print-opened]").forEach(function (d) {
      d.removeAttribute("data-print-opened");
      d.open = false;
    });
  });
  // The plan's checklist: say how many steps are ticked (not kept: nothing is stored).
  var boxes = document.querySelectorAll(".step-check");
  var count = document.getElementById("ticked");
  function update() {
    var n = 0;
    boxes.forEach(function (b) {
      if (b.checked) {
        n += 1;
      }
    });
    if (count) {
      count.textContent = count.getAttribute("data-template")
        .replace("{n}", String(n))
        .replace("{total}", String(boxes.length));
    }
  }
  boxes.forEach(function (b) {
    b.addEventListener("change", update);
  });
})();
