/* msgkit index page: copy buttons and the platform filter. Works from file:// with no network. */
(function () {
  "use strict";
  var texts = JSON.parse(document.getElementById("msgkit-texts").textContent);
  var status = document.getElementById("copy-status");

  /* The async clipboard may be missing or refused on file:// pages; a selected textarea and
     execCommand("copy") still work there. The textarea keeps line breaks and emoji exactly. */
  function copyWithTextarea(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    area.className = "copy-buffer";
    document.body.appendChild(area);
    var focused = document.activeElement;
    area.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (err) {
      ok = false;
    }
    document.body.removeChild(area);
    if (focused && focused.focus) {
      focused.focus();
    }
    return ok;
  }

  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return copyWithTextarea(text); }
      );
    }
    return Promise.resolve(copyWithTextarea(text));
  }

  /* When nothing worked, select the visible text so Ctrl+C / Cmd+C copies it. */
  function selectText(id) {
    var node = document.getElementById("text-" + id);
    if (!node || !window.getSelection) {
      return;
    }
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function announce(button, ok) {
    var message = ok ? status.getAttribute("data-copied") : status.getAttribute("data-failed");
    status.textContent = "";
    /* A fresh text node each time, so screen readers announce a repeated copy too. */
    window.setTimeout(function () { status.textContent = message; }, 50);
    if (!button.hasAttribute("data-label")) {
      button.setAttribute("data-label", button.textContent);
    }
    button.textContent = message;
    button.classList.toggle("is-done", ok);
    button.classList.toggle("is-failed", !ok);
    window.clearTimeout(button.msgkitTimer);
    button.msgkitTimer = window.setTimeout(function () {
      button.textContent = button.getAttribute("data-label");
      button.classList.remove("is-done", "is-failed");
    }, 2000);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-copy]") : null;
    if (!button) {
      return;
    }
    var id = button.getAttribute("data-copy");
    if (!Object.prototype.hasOwnProperty.call(texts, id)) {
      return;
    }
    copyText(texts[id]).then(function (ok) {
      if (!ok) {
        selectText(id);
      }
      announce(button, ok);
    });
  });

  /* Platform filter: show one platform's variants, or all of them. */
  var radios = document.querySelectorAll('input[name="platform"]');
  function applyFilter(platform) {
    var variants = document.querySelectorAll(".variant[data-platform]");
    for (var i = 0; i < variants.length; i++) {
      var mine = variants[i].getAttribute("data-platform");
      variants[i].hidden = Boolean(platform) && Boolean(mine) && mine !== platform;
    }
    var figures = document.querySelectorAll("figure[data-platforms]");
    for (var j = 0; j < figures.length; j++) {
      var sizes = figures[j].getAttribute("data-platforms").split(" ");
      figures[j].hidden = Boolean(platform) && sizes.indexOf(platform) < 0;
    }
  }
  /* "Copy all" for the chosen platform: every post's text in schedule order, each under its id
     and time, so a partner pastes a week's plan into a scheduler or a document at once. */
  var copyAll = document.getElementById("copy-all");
  function allTexts(platform) {
    var blocks = [];
    var variants = document.querySelectorAll('.variant[data-platform="' + platform + '"]');
    for (var i = 0; i < variants.length; i++) {
      var post = variants[i].closest("article.post");
      var head = post ? post.querySelector("h4").textContent + " · " +
        post.querySelector(".when").textContent : "";
      var parts = [];
      var buttons = variants[i].querySelectorAll("button.copy[data-copy]");
      for (var j = 0; j < buttons.length; j++) {
        parts.push(texts[buttons[j].getAttribute("data-copy")]);
      }
      blocks.push((head ? head + "\n\n" : "") + parts.join("\n\n"));
    }
    return blocks.join("\n\n-----\n\n");
  }
  if (copyAll) {
    copyAll.addEventListener("click", function () {
      var platform = copyAll.getAttribute("data-platform");
      copyText(allTexts(platform)).then(function (ok) { announce(copyAll, ok); });
    });
  }
  function showCopyAll(radio) {
    if (!copyAll) {
      return;
    }
    copyAll.hidden = !radio.value;
    copyAll.setAttribute("data-platform", radio.value);
    if (radio.value) {
      copyAll.textContent = radio.getAttribute("data-copy-all-label");
      copyAll.removeAttribute("data-label");
    }
  }
  for (var i = 0; i < radios.length; i++) {
    radios[i].addEventListener("change", function (event) {
      applyFilter(event.target.value);
      showCopyAll(event.target);
    });
  }
})();
