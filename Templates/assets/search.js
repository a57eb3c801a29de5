// Search on a static host, no server: reads ?q= on search/index.html and lists matching papers and
// authors. The index is sitegen's (see SearchFiles.swift): search/manifest.js, then one shard per
// word and the document chunks of the results shown, each loaded as a <script> so that search also
// works from file://. Tokens are made exactly as sitegen makes them (SearchTokens.swift), with the
// rules the manifest gives (stop words, folded letters, joiners).
//
// Every word must match: exactly, the last word also as the start of longer words, and a word of
// five letters or more (no digits) also with one typo. Results rank by, in turn: quoted phrases
// (and hyphenated or apostrophe names, "Lacroix-Dupont") found with their words adjacent; fewer
// words matched only through a typo; points (3 a word in a title, author or category, 2 the same
// as a prefix or with a typo, 1 in an abstract, and 2 or 1 more for each two query words found
// side by side there); authors before papers; then the site's order. Words "in quotes" match only
// exactly, and results without the phrase still follow those with it.
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box) return;
  var root = box.getAttribute("data-root");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var pageSize = 10;
  var typoLength = 5;
  var typoShards = 2;
  var quotes = new Set(["\"", "\u201C", "\u201D", "\u201E"]);
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

  // --- the manifest ------------------------------------------------------------------------------

  // The query rules and file keys of a manifest (SearchFiles.swift).
  function index(manifest) {
    var fold = manifest.fold;
    return {
      manifest: manifest,
      stop: new Set(manifest.stopWords),
      joiners: new Set(chars(manifest.joiners)),
      foldPattern: new RegExp("[" + Object.keys(fold).join("") + "]", "gu"),
      fold: fold,
      shards: keyList(manifest.shards),
      tails: keyList(manifest.tails)
    };
  }

  // "0ab 2c 1c" → {"ab", "abc", "ac"}: each key is its count of characters shared with the key
  // before it, one digit, and the rest (SearchFiles.keyList).
  function keyList(text) {
    var keys = new Set(), previous = [];
    text.split(" ").forEach(function (entry) {
      if (!entry) return;
      var key = previous.slice(0, Number(entry[0])).concat(chars(entry.slice(1)));
      keys.add(key.join(""));
      previous = key;
    });
    return keys;
  }

  // The file of the `kind` ("shard", "tail") with `key` (SearchFiles.fileName).
  function fileName(kind, key) {
    if (!/[^\x00-\x7F]/.test(key)) return kind + "-" + key;
    return kind + "-u-" + Array.from(new TextEncoder().encode(key), function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  // The longest key of `keys` (two to eight characters) that starts `word`, or with `end`, ends it.
  function keyOf(word, keys, end) {
    var c = chars(word);
    for (var n = Math.min(c.length, 8); n >= 2; n--) {
      var key = (end ? c.slice(c.length - n) : c.slice(0, n)).join("");
      if (keys.has(key)) return key;
    }
    return null;
  }

  // --- the query ---------------------------------------------------------------------------------

  // The query's words as SearchTokens reads text (every word has a position, kept or not; parts
  // joined by one joiner are a compound), each kept word once: {words: [{text, position, exact}],
  // phrases: [[word index…]]}. Quoted words are exact; a quotation and a compound are phrases.
  function parse(query, rules) {
    var text = query.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(rules.foldPattern, function (letter) { return rules.fold[letter]; });
    var words = [], found = new Map(), phrases = [];
    var position = 0, current = "", quoted = false, quotation = [];
    var compound = [], compoundWords = 0, afterJoiner = false, afterSeparator = false;

    function endCompound() {
      if (compoundWords > 1 && !quoted) phrases.push(compound);
      compound = [];
      compoundWords = 0;
      afterJoiner = false;
    }
    function endWord() {
      if (!current) return;
      if (afterJoiner && compoundWords > 0) compoundWords++; else { endCompound(); compoundWords = 1; }
      afterJoiner = afterSeparator = false;
      var length = chars(current).length;
      if (length >= 2 && length <= rules.manifest.maxLength && !rules.stop.has(current)) {
        if (!found.has(current)) {
          found.set(current, words.length);
          words.push({ text: current, position: position, exact: quoted });
        }
        compound.push(found.get(current));
        if (quoted) quotation.push(found.get(current));
      }
      position++;
      current = "";
    }
    chars(text).forEach(function (c) {
      if (/[\p{L}\p{N}]/u.test(c)) { current += c; return; }
      endWord();
      if (quotes.has(c)) {
        endCompound();
        if (quoted) phrases.push(quotation);
        quoted = !quoted;
        quotation = [];
        afterSeparator = true;
      } else if (rules.joiners.has(c) && !afterSeparator) {
        afterJoiner = afterSeparator = true;
      } else {
        endCompound();
        afterSeparator = true;
      }
    });
    endWord();
    endCompound();
    if (quoted) phrases.push(quotation);
    return { words: words, phrases: phrases.filter(function (p) { return p.length > 1; }) };
  }

  // --- postings and typos ------------------------------------------------------------------------

  // The value of each character of SearchNumbers' alphabet: '#' to '~' without & < > \.
  var digits = (function () {
    var table = new Int8Array(128).fill(-1), value = 0;
    for (var code = 0x23; code <= 0x7E; code++) {
      if (code !== 0x26 && code !== 0x3C && code !== 0x3E && code !== 0x5C) table[code] = value++;
    }
    return table;
  })();

  // Calls visit(number, position, strong) for each document of a token's postings.
  function eachPosting(code, visit) {
    var numbers = [], value = 0;
    for (var i = 0; i < code.length; i++) {
      var digit = digits[code.charCodeAt(i)];
      if (digit < 44) { numbers.push(value * 44 + digit); value = 0; } else value = value * 44 + digit - 44;
    }
    var number = 0;
    for (var k = 0; 2 * k + 1 < numbers.length; k++) {
      if (k === numbers[0]) number = 0;
      number += numbers[2 * k + 1];
      visit(number, numbers[2 * k + 2], k < numbers[0]);
    }
  }

  // Whether `a` and `b` are one typo apart: one letter changed, added or left out, or two
  // neighbours swapped (Damerau-Levenshtein distance 1).
  function oneTypo(a, b) {
    a = chars(a); b = chars(b);
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (i === a.length && i === b.length) return false;
    var rest = function (x, from) { return x.slice(from).join(""); };
    if (a.length === b.length) {
      return rest(a, i + 1) === rest(b, i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2));
    }
    return a.length > b.length ? rest(a, i + 1) === rest(b, i) : rest(a, i) === rest(b, i + 1);
  }

  // Whether a token may be what a typo meant: four letters or more, no digits (SearchFiles.isTypoTarget).
  function typoTarget(token) { return chars(token).length >= 4 && !/\p{N}/u.test(token); }

  // The tokens of `shard` that `plan` matches, as {token, kind}: "exact", "prefix" or "typo".
  function matching(plan, shard) {
    var found = [];
    Object.keys(shard).forEach(function (token) {
      if (token === plan.word) found.push({ token: token, kind: "exact" });
      else if (plan.prefix && token.indexOf(plan.word) === 0) found.push({ token: token, kind: "prefix" });
      else if (plan.typos && typoTarget(token) && oneTypo(plan.word, token)) found.push({ token: token, kind: "typo" });
    });
    return found;
  }

  // Typos: a word whose shard holds nothing it matches reads its tail file (the words ending as
  // it does, so a typo in its first letters is forgiven too) and the shards of up to `typoShards`
  // of the words there one typo away. Resolves to [{token, kind, shard}].
  function lookUp(plan, rules) {
    var own = plan.key === null ? Promise.resolve({}) : load(fileName("shard", plan.key));
    return own.then(function (shard) {
      var found = matching(plan, shard).map(function (m) { m.shard = shard; return m; });
      var tail = plan.typos && found.length === 0 ? keyOf(plan.word, rules.tails, true) : null;
      if (tail === null) return found;
      return load(fileName("tail", tail)).then(function (vocabulary) {
        var keys = [];
        vocabulary.split(" ").forEach(function (token) {
          var key = keyOf(token, rules.shards, false);
          if (key !== null && oneTypo(plan.word, token) && keys.indexOf(key) < 0 && keys.length < typoShards) keys.push(key);
        });
        return Promise.all(keys.map(function (key) { return load(fileName("shard", key)); })).then(function (shards) {
          shards.forEach(function (other) {
            matching(plan, other).forEach(function (m) { m.shard = other; found.push(m); });
          });
          return found;
        });
      });
    });
  }

  // --- ranking -----------------------------------------------------------------------------------

  // Each document a word's matches find → its best match {points, typo, strong, position}.
  function matchesByDocument(found) {
    var best = new Map();
    found.forEach(function (m) {
      eachPosting(m.shard[m.token], function (number, position, strong) {
        var match = { points: strong ? (m.kind === "exact" ? 3 : 2) : 1, typo: m.kind === "typo", strong: strong, position: position };
        var old = best.get(number);
        if (!old || (old.typo !== match.typo ? old.typo : old.points < match.points)) best.set(number, match);
      });
    });
    return best;
  }

  // The documents every word finds, best first (see the top of this file).
  function rank(query, byWord, manifest) {
    var words = query.words;
    function adjacent(m, i, j) {
      return m[i].strong === m[j].strong && m[j].position - m[i].position === words[j].position - words[i].position;
    }
    var results = [];
    byWord[0].forEach(function (first, number) {
      var m = byWord.map(function (found) { return found.get(number); });
      if (m.some(function (match) { return !match; })) return;
      var points = 0, typos = 0;
      m.forEach(function (match, i) {
        points += match.points + (i > 0 && adjacent(m, i - 1, i) ? (match.strong ? 2 : 1) : 0);
        if (match.typo) typos++;
      });
      var phrases = query.phrases.filter(function (phrase) {
        return phrase.every(function (word, k) { return k === 0 || adjacent(m, phrase[k - 1], word); });
      }).length;
      results.push([number, phrases, typos, points, number >= manifest.papers ? 0 : 1]);
    });
    results.sort(function (a, b) { return b[1] - a[1] || a[2] - b[2] || b[3] - a[3] || a[4] - b[4] || a[0] - b[0]; });
    return results.map(function (r) { return r[0]; });
  }

  function run(text) {
    load("manifest").then(function (manifest) {
      var rules = index(manifest);
      var query = parse(text, rules);
      if (!query.words.length) { say("Type a word of two letters or more."); return; }
      var plans = query.words.map(function (word, i) {
        var length = chars(word.text).length;
        return {
          word: word.text,
          key: keyOf(word.text, rules.shards, false),
          // The last word also finds longer words, when one shard holds all of them.
          prefix: i === query.words.length - 1 && !word.exact && !Array.from(rules.shards).some(function (key) {
            return chars(key).length > length && key.indexOf(word.text) === 0;
          }),
          typos: !word.exact && length >= typoLength && !/\p{N}/u.test(word.text)
        };
      });
      return Promise.all(plans.map(function (plan) { return lookUp(plan, rules); })).then(function (found) {
        show(text, rank(query, found.map(matchesByDocument), manifest), manifest);
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
        list.appendChild(item(doc, number >= manifest.papers, manifest.buttons));
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

  // The title as PaperButtons.queryEncoded puts it into a link: its UTF-8 bytes, all but ASCII
  // letters, digits and -._~ percent-encoded, spaces as +.
  function queryEncoded(text) {
    return Array.from(new TextEncoder().encode(text), function (byte) {
      var c = String.fromCharCode(byte);
      if (/[A-Za-z0-9._~-]/.test(c)) return c;
      return byte === 32 ? "+" : "%" + (byte < 16 ? "0" : "") + byte.toString(16).toUpperCase();
    }).join("");
  }

  // A paper's buttons as lists show them (partials/paper-buttons.mustache), each made from its
  // shape in the manifest and the part of its link that varies (SearchButtons.swift).
  function buttons(doc, shapes) {
    var p = document.createElement("p");
    p.className = "buttons";
    var finds = [];
    doc[4].forEach(function (entry) {
      var shape = shapes[Array.isArray(entry) ? entry[0] : entry];
      var fill = shape[5] === "q" ? queryEncoded(doc[0]) : shape[5] === "slug" ? doc[1] : entry[1];
      var link = document.createElement("a");
      link.href = (shape[3] ? root : "") + shape[4] + fill + shape[6];
      link.textContent = shape[0];
      if (shape[2]) { finds.push(link); return; }
      link.className = "btn";
      if (shape[1] !== null) link.title = shape[1];
      p.append(link, " ");
    });
    if (finds.length) {
      var span = document.createElement("span");
      span.className = "finds";
      span.append("Find it on ");
      finds.forEach(function (link, i) { span.append(link, i < finds.length - 1 ? ", " : ""); });
      p.append(span);
    }
    return p;
  }

  function item(doc, isAuthor, shapes) {
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
    if (doc[4]) li.append(buttons(doc, shapes));
    return li;
  }

  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    run(query);
  }
})();
