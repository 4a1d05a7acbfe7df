/* The search page: Pagefind's interface over the index built with the site (pagefind/).
   Everything it loads comes from the site itself. Without JavaScript the page says where the
   contracts are listed instead. */
(function () {
  "use strict";

  function init() {
    var element = document.getElementById("tp-search");
    if (!element || typeof PagefindUI === "undefined") return;
    new PagefindUI({
      element: "#tp-search",
      bundlePath: element.getAttribute("data-bundle"),
      baseUrl: element.getAttribute("data-base-url") || "/",
      showImages: false,
      showSubResults: true,
      resetStyles: false,
      autofocus: false,
      translations: {
        placeholder: "Search the contracts",
        filters_label: "Narrow the results"
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
