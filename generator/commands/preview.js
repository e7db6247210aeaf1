// The preview's script (generator/commands/serve.py adds it to each page it serves; the
// published site never carries it). Every second it asks the preview server which build is
// current: after a build that passed, the open page reloads; after one that failed, the page
// stays the last good site and the problems are listed over it, path:line first.
(function () {
  "use strict";
  var seen = null;
  var box = null;

  function show(problems) {
    if (!box) {
      box = document.createElement("section");
      box.setAttribute("role", "alert");
      box.setAttribute("aria-label", "Preview: the last edit did not build");
      box.className = "preview-problems";
      box.tabIndex = 0; // it may scroll: reachable by keyboard
      var s = box.style;
      s.position = "fixed"; s.left = "0"; s.right = "0"; s.bottom = "0"; s.zIndex = "9999";
      s.maxHeight = "45vh"; s.overflow = "auto"; s.padding = "0.6rem 1rem"; s.margin = "0";
      s.background = "#7a0000"; s.color = "#ffffff"; s.font = "0.9rem/1.4 ui-monospace, monospace";
      document.body.appendChild(box);
    }
    box.textContent = "";
    var head = document.createElement("p");
    head.style.fontWeight = "700";
    head.style.margin = "0 0 0.3rem";
    head.textContent = "The last edit did not build; this is the last good site. Fix these and save:";
    box.appendChild(head);
    var list = document.createElement("ul");
    list.style.margin = "0";
    list.style.paddingLeft = "1.2rem";
    problems.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;
      list.appendChild(item);
    });
    box.appendChild(list);
  }

  function check() {
    fetch("/__preview/state", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (seen !== null && state.build !== seen && state.ok) {
          window.location.reload();
          return;
        }
        if (!state.ok) {
          if (state.build !== seen) {
            console.warn("preview: the build failed\n" + state.problems.join("\n"));
          }
          show(state.problems);
        } else if (box) {
          box.remove();
          box = null;
        }
        seen = state.build;
      })
      .catch(function () { /* the preview server stopped or restarts: try again */ })
      .then(function () { window.setTimeout(check, 1000); });
  }

  window.addEventListener("DOMContentLoaded", check);
}());
