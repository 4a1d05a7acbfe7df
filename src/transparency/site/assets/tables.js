/* Sorting and filtering for the site's tables, in the browser, with no server and no library.
   Without JavaScript the tables are complete and readable; this only adds controls. */
(function () {
  "use strict";

  function cellValue(row, index, type) {
    var cell = row.cells[index];
    if (!cell) return "";
    var raw = cell.getAttribute("data-value");
    var text = raw !== null ? raw : cell.textContent.trim();
    if (type === "number") return parseFloat(text) || 0;
    return text.toLowerCase();
  }

  function sortBy(table, index, type, button) {
    var body = table.tBodies[0];
    var header = button.parentNode;
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, type), y = cellValue(b, index, type);
      if (x < y) return ascending ? -1 : 1;
      if (x > y) return ascending ? 1 : -1;
      return 0;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function applyFilters(table, controls) {
    var text = controls.search.value.trim().toLowerCase();
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var visible = !text || row.textContent.toLowerCase().indexOf(text) !== -1;
      controls.selects.forEach(function (select) {
        var wanted = select.value;
        if (wanted && row.cells[select.columnIndex].textContent.trim() !== wanted) visible = false;
      });
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    controls.status.textContent = shown + " of " + table.tBodies[0].rows.length + " rows shown";
  }

  function makeId(prefix, n) { return "tp-" + prefix + "-" + n; }

  function enhance(table, n) {
    var headers = table.tHead.rows[0].cells;
    var form = document.createElement("div");
    form.className = "tp-controls";
    var label = document.createElement("label");
    label.htmlFor = makeId("search", n);
    label.textContent = "Filter";
    var search = document.createElement("input");
    search.type = "search";
    search.id = makeId("search", n);
    label.appendChild(document.createTextNode(" "));
    form.appendChild(label);
    form.appendChild(search);
    var controls = { search: search, selects: [], status: document.createElement("p") };
    controls.status.className = "tp-filter-status";
    controls.status.setAttribute("role", "status");

    Array.prototype.forEach.call(headers, function (th, index) {
      var type = th.getAttribute("data-type") || "text";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "tp-sort";
      button.textContent = th.textContent;
      button.title = "Sort by " + th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, index, type, button); });

      if (type !== "text") return;
      var values = {};
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        values[row.cells[index].textContent.trim()] = true;
      });
      var distinct = Object.keys(values).sort();
      if (distinct.length < 2 || distinct.length > 20 || distinct.length === table.tBodies[0].rows.length) return;
      var selectLabel = document.createElement("label");
      var select = document.createElement("select");
      select.id = makeId("filter-" + index, n);
      selectLabel.htmlFor = select.id;
      selectLabel.textContent = button.textContent + " ";
      var any = document.createElement("option");
      any.value = "";
      any.textContent = "All";
      select.appendChild(any);
      distinct.forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      });
      select.columnIndex = index;
      controls.selects.push(select);
      selectLabel.appendChild(select);
      form.appendChild(selectLabel);
    });

    form.appendChild(controls.status);
    var update = function () { applyFilters(table, controls); };
    search.addEventListener("input", update);
    controls.selects.forEach(function (select) { select.addEventListener("change", update); });
    var wrap = table.parentNode.classList.contains("tp-table-wrap") ? table.parentNode : table;
    wrap.parentNode.insertBefore(form, wrap);
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("table.tp-sortable"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
