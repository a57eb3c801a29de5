// Search on a static host, no server: reads ?q= on search/index.html and lists matching papers and
// authors. The index is sitegen's (see SearchFiles.swift): search/manifest.js, then one shard per
// word and the document chunks of the results shown, each loaded as a <script> so that search also
// works from file://. Tokens are made exactly as sitegen makes them (SearchTokens.swift).
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box) return;
  var root = box.getAttribute("data-root");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var pageSize = 10;
  var waiting = {};
  var loaded = {};

  // Every index file calls this with its name and contents.
  window.sitegenSearch = function (name, data) {
    if (waiting[name]) { waiting[name](data); delete waiting[name]; }
  };

  function load(name) {
    if (!loaded[name]) {
      loaded[name] = new Promise(function (resolve, reject) {
        waiting[name] = resolve;
        var script = document.createElement("script");
        script.src = root + "search/" + name + ".js";
        script.onerror = function () { reject(new Error("could not load " + name)); };
        document.head.appendChild(script);
      });
    }
    return loaded[name];
  }

  function chars(text) { return Array.from(text); }

  function tokens(text, stop) {
    var seen = new Set();
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) {
      var n = chars(t).length;
      if (n < 2 || n > 40 || stop.has(t) || seen.has(t)) return false;
      seen.add(t);
      return true;
    });
  }

  // The shard holding `word`: the longest key that starts it.
  function shardKey(word, keys) {
    var c = chars(word);
    for (var n = Math.min(c.length, 8); n >= 2; n--) {
      var key = c.slice(0, n).join("");
      if (keys.has(key)) return key;
    }
    return null;
  }

  // Adds `points` to every document of a gap-encoded list, keeping each document's best score.
  function add(scores, gaps, points) {
    var number = 0;
    for (var i = 0; i < gaps.length; i++) {
      number += gaps[i];
      if ((scores.get(number) || 0) < points) scores.set(number, points);
    }
  }

  function run(query) {
    load("manifest").then(function (manifest) {
      var words = tokens(query, new Set(manifest.stopWords));
      if (!words.length) { say("Type a word of two letters or more."); return; }
      var keys = new Map(manifest.shards.map(function (key, index) { return [key, manifest.shardFiles[index]]; }));
      var plans = words.map(function (word, index) {
        var length = chars(word).length;
        // The last word also finds longer words, when one shard holds all of them.
        var prefix = index === words.length - 1 && !manifest.shards.some(function (key) {
          return chars(key).length > length && key.indexOf(word) === 0;
        });
        return { word: word, key: shardKey(word, keys), prefix: prefix };
      });
      if (plans.some(function (plan) { return plan.key === null; })) { show(query, [], manifest); return; }
      Promise.all(plans.map(function (plan) { return load(keys.get(plan.key)); })).then(function (shards) {
        var total = null;
        plans.forEach(function (plan, index) {
          var scores = new Map();
          var shard = shards[index];
          Object.keys(shard).forEach(function (token) {
            var exact = token === plan.word;
            if (!exact && !(plan.prefix && token.indexOf(plan.word) === 0)) return;
            add(scores, shard[token][0], exact ? 3 : 2);
            add(scores, shard[token][1], 1);
          });
          if (total === null) { total = scores; return; }
          var both = new Map();
          total.forEach(function (score, number) {
            if (scores.has(number)) both.set(number, score + scores.get(number));
          });
          total = both;
        });
        var ranked = Array.from(total.keys()).sort(function (a, b) {
          var authorA = a >= manifest.papers ? 1 : 0, authorB = b >= manifest.papers ? 1 : 0;
          return total.get(b) - total.get(a) || authorB - authorA || a - b;
        });
        show(query, ranked, manifest);
      });
    }).catch(function () { say("The search index could not be loaded."); });
  }

  function say(text) { status.textContent = text; }

  function show(query, ranked, manifest) {
    list.textContent = "";
    say(ranked.length === 0 ? "No results for “" + query + "”."
      : ranked.length + (ranked.length === 1 ? " result" : " results") + " for “" + query + "”.");
    more(ranked, 0, manifest);
  }

  // Shows results from `start` on, one page at a time, loading only the chunks they are in.
  function more(ranked, start, manifest) {
    var page = ranked.slice(start, start + pageSize);
    var chunks = Array.from(new Set(page.map(function (n) { return Math.floor(n / manifest.chunk); })));
    Promise.all(chunks.map(function (c) { return load("docs-" + c); })).then(function (loadedChunks) {
      var byChunk = new Map(chunks.map(function (c, i) { return [c, loadedChunks[i]]; }));
      page.forEach(function (number) {
        var doc = byChunk.get(Math.floor(number / manifest.chunk))[number % manifest.chunk];
        list.appendChild(item(doc, number >= manifest.papers));
      });
      var old = document.getElementById("search-more");
      if (old) old.remove();
      if (start + pageSize < ranked.length) {
        var button = document.createElement("button");
        button.id = "search-more";
        button.type = "button";
        button.className = "copy";
        button.textContent = "Show more results";
        button.addEventListener("click", function () { more(ranked, start + pageSize, manifest); });
        list.insertAdjacentElement("afterend", button);
      }
    });
  }

  function item(doc, isAuthor) {
    var li = document.createElement("li");
    li.className = "paper-item";
    var heading = document.createElement("h2");
    heading.className = "paper-title";
    var link = document.createElement("a");
    link.href = root + (isAuthor ? "authors/" : "papers/") + doc[1] + "/index.html";
    link.textContent = doc[0];
    heading.appendChild(link);
    var detail = document.createElement("p");
    detail.className = "byline";
    detail.textContent = doc[2];
    var meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = isAuthor ? "Author" : "Paper" + (doc[3] ? " · " + doc[3] : "");
    li.append(heading, detail, meta);
    return li;
  }

  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    run(query);
  }
})();
