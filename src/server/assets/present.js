/* 投影放映 (/present): shows one slide at a time and moves on every data-seconds; → / space
   and ← move by hand (and restart the wait), Esc leaves. dashboard.js keeps the page current:
   when it swaps in a re-read page, the slide on screen stays. */
(function () {
  'use strict';
  var body = document.body;
  var seconds = Number(body.getAttribute('data-seconds')) || 20;
  var index = 0;
  var timer = 0;

  function show(i) {
    var all = document.querySelectorAll('.slide');
    if (!all.length) return;
    index = ((i % all.length) + all.length) % all.length;
    for (var k = 0; k < all.length; k++) {
      var on = k === index;
      all[k].hidden = !on;
      all[k].classList.toggle('active', on);
    }
    body.setAttribute('data-slide', String(index));
  }

  function restart() {
    window.clearInterval(timer);
    timer = window.setInterval(function () {
      show(index + 1);
    }, seconds * 1000);
  }

  function leave() {
    var a = document.querySelector('.present-leave');
    window.location.href = a ? a.getAttribute('href') : '/';
  }

  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var step = e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageUp' ? -1 : 0;
    if (step) {
      e.preventDefault();
      show(index + step);
      restart();
    } else if (e.key === 'Escape') {
      leave();
    }
  });

  if (window.MutationObserver) {
    new window.MutationObserver(function () {
      show(index);
    }).observe(body, { childList: true });
  }

  show(0);
  restart();
})();
