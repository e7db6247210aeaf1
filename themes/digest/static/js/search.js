// The search page: Pagefind's index queried through its own API, results checked and shown here.
// In a file of its own because the Content-Security-Policy forbids inline scripts; without
// JavaScript the page lists links (see search.html).
//
// Why not Pagefind's UI: when a word is in none of a shard's pages, Pagefind (1.x) searches
// for the longest prefix of it that the shard holds ("backtracking", with no limit and no
// option to turn it off). Each shard of the index (generator/site/search/index.py) is searched
// on its own, so a shard without "Assange" returned all its pages for "as", and one without
// "intelligence" all its pages for "in". Every result is therefore checked here: it is kept
// only when its text has each searched word, or a word that the searched one begins. Results
// are ranked by how often the page says it, then by Pagefind's score; a sub-result is shown
// under the heading it sits under (body headings carry ids) when its own passage has the word.
(function () {
  "use strict";
  var CHECKED = 100; // results whose text is fetched and checked, best-scored first
  var SUBS = 3; // sub-results shown under a page

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  function escapeRe(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // A word of the page that starts with the searched word: "intellig" finds "intelligence",
  // "in" does not find "intelligence" when "in" was not searched.
  function patterns(terms) {
    return terms.map(function (t) { return new RegExp("(?:^|[^\\p{L}\\p{N}])" + escapeRe(t), "gu"); });
  }

  function occurrences(text, found) {
    var folded = fold(text);
    var total = 0;
    for (var i = 0; i < found.length; i++) {
      var n = (folded.match(found[i]) || []).length;
      if (n === 0) {
        return 0;
      }
      total += n;
    }
    return total;
  }

  // Pagefind's excerpt is text with <mark> around the hits; copy only text and marks.
  function excerpt(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html;
    var out = document.createDocumentFragment();
    holder.content.childNodes.forEach(function (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        out.appendChild(document.createTextNode(node.textContent));
      } else if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      }
    });
    return out;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function pathOf(url) {
    return url.split("#")[0];
  }

  function render(list, hit, found) {
    var data = hit.data;
    var item = element("li", "search-result");
    var title = element("a", "result-link", (data.meta && data.meta.title) || data.url);
    title.href = data.url;
    var head = element("p", "result-title");
    head.appendChild(title);
    item.appendChild(head);
    var text = element("p", "result-excerpt");
    text.appendChild(excerpt(data.excerpt || ""));
    item.appendChild(text);
    var subs = (data.sub_results || []).filter(function (sub) {
      return sub.url !== data.url && pathOf(sub.url) === pathOf(data.url) && sub.url.indexOf("#") > 0 &&
        occurrences(sub.title + " " + (sub.excerpt || "").replace(/<[^>]*>/g, ""), found) > 0;
    }).slice(0, SUBS);
    if (subs.length) {
      var nested = element("ul", "result-subs");
      subs.forEach(function (sub) {
        var row = element("li");
        var link = element("a", "sub-link", sub.title);
        link.href = sub.url;
        row.appendChild(element("span", "vh", "Under the heading "));
        row.appendChild(link);
        var passage = element("p", "result-excerpt");
        passage.appendChild(excerpt(sub.excerpt || ""));
        row.appendChild(passage);
        nested.appendChild(row);
      });
      item.appendChild(nested);
    }
    list.appendChild(item);
  }

  function mount(root, pagefind) {
    var form = root.querySelector("form");
    var box = root.querySelector("input[type=search]");
    var status = root.querySelector("[role=status]");
    var list = root.querySelector("ol");
    var latest = 0;

    function show(query) {
      var ticket = ++latest;
      var terms = words(query);
      list.textContent = "";
      if (!terms.length) {
        status.textContent = "";
        return;
      }
      status.textContent = "Searching…";
      pagefind.search(query).then(function (search) {
        var checked = search.results.slice(0, CHECKED);
        return Promise.all(checked.map(function (r) { return r.data(); })).then(function (all) {
          return { all: all, results: checked, more: search.results.length > CHECKED };
        });
      }).then(function (got) {
        if (ticket !== latest) {
          return;
        }
        var found = patterns(terms);
        var hits = [];
        got.all.forEach(function (data, i) {
          var count = occurrences(((data.meta && data.meta.title) || "") + " " + data.content, found);
          if (count > 0) {
            hits.push({ data: data, count: count, score: got.results[i].score || 0 });
          }
        });
        hits.sort(function (a, b) { return b.count - a.count || b.score - a.score; });
        hits.forEach(function (hit) { render(list, hit, found); });
        var said = "“" + query.trim() + "”";
        status.textContent = hits.length === 0 ? "No page contains " + said + "." :
          hits.length + (hits.length === 1 ? " page contains " : " pages contain ") + said +
          ", the page that says it most often first" + (got.more ? " (the best-scored " + CHECKED + " were checked; add a word to narrow it)." : ".");
      }).catch(function (error) {
        status.textContent = "Search failed: " + error;
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set("q", box.value);
      window.history.replaceState(null, "", url);
      show(box.value);
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      box.value = query;
      var header = document.getElementById("site-q");
      if (header) {
        header.value = query;
      }
      show(query);
    }
  }

  window.addEventListener("DOMContentLoaded", function () {
    var root = document.getElementById("search");
    if (!root) {
      return;
    }
    // Absolute: Pagefind's worker would resolve a relative bundle path against its own address.
    var bundle = new URL(root.dataset.bundle, window.location.href).href;
    var site = new URL("..", bundle).pathname;
    fetch(bundle + "shards.json")
      .then(function (response) { return response.ok ? response.json() : [""]; })
      .catch(function () { return [""]; })
      .then(function (shards) {
        shards = shards.length ? shards : [""];
        return import(bundle + shards[0] + "pagefind.js").then(function (pagefind) {
          return pagefind.options({ baseUrl: site, excerptLength: 24 }).then(function () {
            return Promise.all(shards.slice(1).map(function (s) { return pagefind.mergeIndex(bundle + s); }));
          }).then(function () { return pagefind; });
        });
      })
      .then(function (pagefind) {
        root.querySelector("form").hidden = false;
        mount(root, pagefind);
      })
      .catch(function (error) {
        var status = root.querySelector("[role=status]");
        status.textContent = "The search index could not be loaded (" + error + ").";
      });
  });
}());
