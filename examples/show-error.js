// Shared by the example pages: shows what went wrong in the page itself (role="alert"),
// so a broken example says so without opening the console.
window.showExampleError = function (e) {
  var p = document.getElementById('error');
  p.hidden = false;
  p.textContent = e instanceof Error ? e.message : String(e);
};
