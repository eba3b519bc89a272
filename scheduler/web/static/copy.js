// The page's only script (the CSP forbids inline ones): "Скопировать адрес" copies a feed's address;
// on an event page the source text scrolls to the highlighted evidence.
document.addEventListener("DOMContentLoaded", function () {
  var mark = document.getElementById("evidence");
  if (mark && mark.parentElement) {
    var box = mark.parentElement;
    box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  }
});

document.addEventListener("click", function (ev) {
  var btn = ev.target.closest("button.copy");
  if (!btn) return;
  var url = btn.getAttribute("data-url");
  var done = function () {
    var old = btn.textContent;
    btn.textContent = "Скопировано";
    btn.classList.add("copied");
    setTimeout(function () { btn.textContent = old; btn.classList.remove("copied"); }, 2000);
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(url).then(done, function () { fallback(url); done(); });
  } else { fallback(url); done(); }
});

function fallback(text) {
  var area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "absolute";
  area.style.left = "-9999px";
  document.body.appendChild(area);
  area.select();
  try { document.execCommand("copy"); } catch (e) { /* the address stays visible below the button */ }
  document.body.removeChild(area);
}
