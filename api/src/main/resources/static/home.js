// Enhancement only: picking another product prefills its own next lot number and last quantity.
(function () {
  var select = document.getElementById('gtin');
  if (!select) { return; }
  select.addEventListener('change', function () {
    var o = select.options[select.selectedIndex].dataset;
    document.getElementById('lotNumber').value = o.lotNumber || '';
    if (o.quantity) { document.getElementById('quantity').value = o.quantity; }
    if (o.unit) { document.getElementById('unit').value = o.unit; }
    document.getElementById('bestBeforeDate').value = o.bestBefore || '';
  });
})();
