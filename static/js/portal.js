/**
 * Practice exchange: progressive enhancement only.
 *
 * Every page works without this file: forms submit, links navigate, the
 * facet sidebar is open. This script only makes those same things faster or
 * friendlier. It owns no globals, needs no build step and uses no libraries.
 */
(() => {
  "use strict";

  const root = document.documentElement;
  // Lets CSS tell "JS is running" apart from "JS failed or is off".
  root.classList.remove("no-js");
  root.classList.add("js");

  /** Matches the breakpoint in portal.css where the sidebar moves beside the results. */
  const NARROW_QUERY = "(max-width: 56rem)";
  const SUGGEST_DELAY_MS = 150;
  const SUGGEST_MIN_CHARS = 2;

  /**
   * Human label for a suggestion type ("case_study" → "Case study"), matching
   * how the search results page labels hits.
   * @param {string} type
   * @returns {string}
   */
  function typeLabel(type) {
    const text = String(type || "").replace(/_/g, " ").trim();
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : "";
  }

  /**
   * Returns the URL only when it is an http(s) address, so a bad server value
   * can never turn into a `javascript:` navigation.
   * @param {string} value
   * @returns {URL|null}
   */
  function safeUrl(value) {
    try {
      const url = new URL(String(value), window.location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url : null;
    } catch {
      return null;
    }
  }

  /** True when the error only means that we cancelled the request ourselves. */
  const isAbort = (error) => error && error.name === "AbortError";

  /* ------------------------------------------------------------------ */
  /* 1. Suggest-as-you-type (ARIA 1.2 combobox with a listbox popup)     */
  /* ------------------------------------------------------------------ */

  /**
   * Enhances one `input[role=combobox]` whose form carries data-suggest-url.
   * The listbox is the element named by aria-controls and already exists in
   * the HTML (hidden), so the ARIA relationship holds before JS runs.
   * @param {HTMLInputElement} input
   */
  function setupCombobox(input) {
    const form = input.form;
    const listbox = document.getElementById(input.getAttribute("aria-controls") || "");
    if (!form || !listbox || !form.dataset.suggestUrl) return;
    const wrapper = input.closest(".combobox") || form;

    // A polite status region so screen readers hear that options appeared
    // without focus ever leaving the text field.
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    wrapper.appendChild(status);

    /** @type {{title: string, url: string, type: string}[]} */
    let items = [];
    let active = -1;
    let timer = 0;
    /** @type {AbortController|null} */
    let controller = null;
    /** Query the current `items` belong to, so stale replies are ignored. */
    let itemsFor = "";

    const isOpen = () => !listbox.hidden;
    const options = () => listbox.querySelectorAll('[role="option"]');

    function setActive(index) {
      const all = options();
      active = index;
      all.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      if (index >= 0 && all[index]) {
        input.setAttribute("aria-activedescendant", all[index].id);
        all[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      setActive(-1);
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }

    function open() {
      if (!items.length) return close();
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function cancelPending() {
      window.clearTimeout(timer);
      if (controller) controller.abort();
      controller = null;
    }

    /** Builds the options with textContent only: server data is never parsed as HTML. */
    function render() {
      const fragment = document.createDocumentFragment();
      items.forEach((item, i) => {
        const option = document.createElement("li");
        option.id = `${listbox.id}-option-${i}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.className = "suggestion";
        const title = document.createElement("span");
        title.className = "suggestion__title";
        title.textContent = item.title;
        option.appendChild(title);
        const label = typeLabel(item.type);
        if (label) {
          // The hidden comma gives screen readers a pause between title and type.
          const pause = document.createElement("span");
          pause.className = "visually-hidden";
          pause.textContent = ", ";
          const type = document.createElement("span");
          type.className = "suggestion__type";
          type.textContent = label;
          option.append(pause, type);
        }
        fragment.appendChild(option);
      });
      listbox.replaceChildren(fragment);
      active = -1;
      input.removeAttribute("aria-activedescendant");
      const n = items.length;
      status.textContent = n ? `${n} ${n === 1 ? "suggestion" : "suggestions"} available` : "";
    }

    function navigate(index) {
      const item = items[index];
      const url = item && safeUrl(item.url);
      if (!url) return;
      close();
      window.location.assign(url.href);
    }

    async function fetchSuggestions(text) {
      cancelPending();
      controller = new AbortController();
      const url = new URL(form.dataset.suggestUrl, window.location.href);
      url.searchParams.set("q", text);
      try {
        const response = await fetch(url, {
          headers: { Accept: "application/json" },
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const data = await response.json();
        if (input.value.trim() !== text) return; // the user typed on meanwhile
        items = (Array.isArray(data.suggestions) ? data.suggestions : [])
          .filter((item) => item && typeof item.title === "string" && safeUrl(item.url));
        itemsFor = text;
        render();
        // Only pop up if the user is still in the field.
        if (document.activeElement === input) open();
        else close();
      } catch (error) {
        // Suggestions are a nicety: on failure the plain search still works.
        if (!isAbort(error)) {
          items = [];
          itemsFor = "";
          close();
        }
      }
    }

    function reset() {
      cancelPending();
      items = [];
      itemsFor = "";
      listbox.replaceChildren();
      status.textContent = "";
      close();
    }

    input.addEventListener("input", () => {
      const text = input.value.trim();
      window.clearTimeout(timer);
      setActive(-1);
      if (text.length < SUGGEST_MIN_CHARS) return reset();
      timer = window.setTimeout(() => fetchSuggestions(text), SUGGEST_DELAY_MS);
    });

    input.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const count = options().length;
      switch (event.key) {
        case "ArrowDown":
        case "ArrowUp": {
          const text = input.value.trim();
          if (!isOpen()) {
            if (text.length < SUGGEST_MIN_CHARS) return;
            event.preventDefault();
            if (items.length && itemsFor === text) {
              open();
              setActive(event.key === "ArrowDown" ? 0 : items.length - 1);
            } else {
              fetchSuggestions(text);
            }
            return;
          }
          if (!count) return;
          event.preventDefault();
          const step = event.key === "ArrowDown" ? 1 : -1;
          const start = active < 0 ? (step > 0 ? -1 : count) : active;
          setActive((start + step + count) % count);
          return;
        }
        case "Enter":
          if (isOpen() && active >= 0) {
            event.preventDefault();
            navigate(active);
          } else {
            // Plain submit of the typed text; the list must not linger.
            cancelPending();
            close();
          }
          return;
        case "Escape":
          // Prevent the browser's own clearing of type=search so that the
          // first Escape only closes the list and the second one clears.
          event.preventDefault();
          if (isOpen()) {
            close();
          } else if (input.value) {
            input.value = "";
            reset();
          }
          return;
        case "Tab":
          close();
          return;
        default:
      }
    });

    // Keep focus in the input while clicking an option, so the click lands.
    listbox.addEventListener("mousedown", (event) => event.preventDefault());
    listbox.addEventListener("click", (event) => {
      const option = event.target instanceof Element && event.target.closest('[role="option"]');
      if (!option) return;
      navigate(Array.prototype.indexOf.call(options(), option));
    });

    document.addEventListener("pointerdown", (event) => {
      if (isOpen() && !wrapper.contains(/** @type {Node} */ (event.target))) close();
    });
    input.addEventListener("blur", (event) => {
      if (!wrapper.contains(/** @type {Node|null} */ (event.relatedTarget))) close();
    });
  }

  /* ------------------------------------------------------------------ */
  /* 2. Facet toggles without a full page reload                         */
  /* ------------------------------------------------------------------ */

  /**
   * Makes the facet sidebar apply on change. The server still renders every
   * result page: we fetch the same HTML page a submit would load and swap in
   * the parts that change, so there is one source of truth for markup.
   * @param {HTMLFormElement} form
   */
  function setupFacets(form) {
    const results = document.querySelector("section.layout-main");
    if (!results) return;
    /** @type {AbortController|null} */
    let controller = null;
    const STATE_KEY = "portalFacets";
    /** Page URL (without #fragment) whose results are on screen. */
    const withoutHash = (href) => href.split("#")[0];
    let shownUrl = withoutHash(window.location.href);

    /** The apply button is redundant once changes apply themselves. */
    const hideApply = () => {
      form.querySelectorAll(".facets__apply").forEach((button) => button.classList.add("facets__apply--hidden"));
    };
    hideApply();

    /** Same URL a submit would produce, minus empty values and the page number. */
    function formUrl() {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (name !== "page" && typeof value === "string" && value !== "") params.append(name, value);
      }
      const url = new URL(form.action || window.location.href, window.location.href);
      url.search = params.toString();
      url.hash = "";
      return url.href;
    }

    /**
     * Moves the live heading's new text into the existing heading element,
     * because screen readers announce changes inside a live region that was
     * already there, not a freshly inserted one.
     */
    function keepLiveHeading(incoming) {
      const oldHeading = results.querySelector("#results-heading");
      const newHeading = incoming.querySelector("#results-heading");
      if (!oldHeading || !newHeading) return;
      newHeading.replaceWith(oldHeading);
      if (oldHeading.textContent !== newHeading.textContent) oldHeading.textContent = newHeading.textContent;
    }

    /**
     * Swaps in the fresh results, facet fieldsets and hidden inputs.
     * @param {Document} doc parsed page
     * @param {{name: string, value: string}|null} focusTarget checkbox to refocus
     * @returns {boolean} false when the page does not have the expected parts
     */
    function apply(doc, focusTarget) {
      const newResults = doc.querySelector("section.layout-main");
      const newForm = doc.querySelector("form.facets__form");
      if (!newResults || !newForm) return false;

      const hadFocus = form.contains(document.activeElement) || document.activeElement === document.body;

      const incoming = document.createElement("div");
      incoming.append(...Array.from(newResults.childNodes, (node) => document.importNode(node, true)));
      keepLiveHeading(incoming);
      results.replaceChildren(...incoming.childNodes);

      // Fieldsets can appear or vanish (a facet with no values is omitted),
      // and the hidden q/sort inputs travel with them: replace all but keep
      // the form element itself, which carries our listener.
      form.replaceChildren(...Array.from(newForm.childNodes, (node) => document.importNode(node, true)));
      hideApply();

      // The query form repeats the selected facets as hidden inputs; keep
      // them in step so a new text search keeps the current filters.
      const queryForm = document.querySelector("form.search-form");
      const newQueryForm = doc.querySelector("form.search-form");
      if (queryForm && newQueryForm) {
        queryForm.querySelectorAll('input[type="hidden"]').forEach((input) => input.remove());
        newQueryForm.querySelectorAll('input[type="hidden"]').forEach((input) => {
          queryForm.appendChild(document.importNode(input, true));
        });
      }

      if (doc.title) document.title = doc.title;
      enhanceTimes(results);

      if (hadFocus && focusTarget) {
        const box = Array.from(form.querySelectorAll('input[type="checkbox"]')).find(
          (el) => el.name === focusTarget.name && el.value === focusTarget.value,
        );
        const fallback = form.closest("details")?.querySelector("summary");
        (box || fallback)?.focus({ preventScroll: true });
      }
      return true;
    }

    /**
     * Fetches a search page and applies it. Rejects on network, HTTP or
     * markup problems so callers can fall back to a real navigation.
     */
    async function load(url, focusTarget) {
      if (controller) controller.abort();
      controller = new AbortController();
      results.setAttribute("aria-busy", "true");
      try {
        const response = await fetch(url, {
          headers: { Accept: "text/html" },
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const doc = new DOMParser().parseFromString(await response.text(), "text/html");
        if (!apply(doc, focusTarget)) throw new Error("Unexpected page markup");
        shownUrl = withoutHash(url);
      } finally {
        results.removeAttribute("aria-busy");
      }
    }

    // Mark the entry we start on so popstate can tell our entries apart from
    // unrelated ones (such as in-page #anchor jumps).
    const current = history.state && typeof history.state === "object" ? history.state : {};
    history.replaceState({ ...current, [STATE_KEY]: true }, "");

    form.addEventListener("change", async (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || box.type !== "checkbox") return;
      const url = formUrl();
      const focusTarget = { name: box.name, value: box.value };
      try {
        await load(url, focusTarget);
        if (url !== window.location.href) history.pushState({ [STATE_KEY]: true }, "", url);
      } catch (error) {
        // A newer change superseded this one: nothing to do.
        if (!isAbort(error)) form.submit();
      }
    });

    window.addEventListener("popstate", async (event) => {
      // Returning from an in-page #anchor entry changes nothing on screen.
      if (!event.state || !event.state[STATE_KEY] || withoutHash(window.location.href) === shownUrl) return;
      const focused = document.activeElement;
      const focusTarget =
        focused instanceof HTMLInputElement && form.contains(focused) ? { name: focused.name, value: focused.value } : null;
      try {
        await load(window.location.href, focusTarget);
      } catch (error) {
        if (!isAbort(error)) window.location.reload();
      }
    });
  }

  /* ------------------------------------------------------------------ */
  /* 3. Event times in the visitor's own time zone                       */
  /* ------------------------------------------------------------------ */

  const timeFormat = new Intl.DateTimeFormat(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });

  /**
   * Offset in minutes east of UTC written in an ISO-8601 string, or null if
   * the string has none (then we cannot know the event's zone and stay quiet).
   * @param {string} iso
   * @returns {number|null}
   */
  function isoOffsetMinutes(iso) {
    const match = /(?:Z|([+-])(\d{2}):?(\d{2}))$/i.exec(iso.trim());
    if (!match) return null;
    if (!match[1]) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    return match[1] === "-" ? -minutes : minutes;
  }

  /**
   * Adds "(your time: …)" after event times, only when the visitor's offset
   * at that moment differs from the event's, so locals see no clutter.
   * @param {ParentNode} scope
   */
  function enhanceTimes(scope) {
    scope.querySelectorAll("time[datetime][data-local-time]").forEach((time) => {
      if (time.dataset.localTimeDone) return;
      const iso = time.getAttribute("datetime") || "";
      const eventOffset = isoOffsetMinutes(iso);
      const date = new Date(iso);
      if (eventOffset === null || Number.isNaN(date.getTime())) return;
      // getTimezoneOffset is minutes *behind* UTC and depends on the date (DST).
      if (-date.getTimezoneOffset() === eventOffset) return;
      const span = document.createElement("span");
      span.className = "local-time";
      span.textContent = ` (your time: ${timeFormat.format(date)})`;
      time.after(span);
      time.dataset.localTimeDone = "true";
    });
  }

  /* ------------------------------------------------------------------ */
  /* 4. Start-up                                                         */
  /* ------------------------------------------------------------------ */

  function init() {
    document.querySelectorAll('input[role="combobox"]').forEach((input) => {
      if (input instanceof HTMLInputElement && input.form && input.form.dataset.suggestUrl) setupCombobox(input);
    });

    const facetsForm = document.querySelector("form.facets__form");
    if (facetsForm instanceof HTMLFormElement && window.fetch && window.DOMParser) setupFacets(facetsForm);

    // The sidebar is open in the HTML so no-JS users always see the filters;
    // on small screens it would push the results far down, so fold it.
    if (window.matchMedia(NARROW_QUERY).matches) {
      document.querySelectorAll("details.facets[open]").forEach((details) => {
        details.open = false;
      });
    }

    enhanceTimes(document);
    reportSearchClicks();
  }

  // The search log's click count (search/log.py): a beacon with the result's signed token, nothing else.
  function reportSearchClicks() {
    if (!navigator.sendBeacon) return;
    document.addEventListener("click", (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[data-search-click]") : null;
      if (!link || !link.dataset.searchClick) return;
      const data = new FormData();
      data.append("token", link.dataset.searchClick);
      navigator.sendBeacon("/api/search/click/", data);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init, { once: true });
  else init();
})();
