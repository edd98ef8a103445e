// Starts Web Chat against this app's own Direct Line endpoint (REST polling, no WebSocket).
(function () {
  'use strict';
  var chat = document.getElementById('chat');
  var status = document.getElementById('chat-status');
  var domain = window.location.origin + '/v3/directline';
  var poll = Number(new URLSearchParams(window.location.search).get('poll')) || 1000;
  var current = { locale: 'en-GB', dir: 'ltr' };
  var directLine;
  var store;

  var styleOptions = {
    accent: '#1d4e89',
    primaryFont: 'Arial, "Helvetica Neue", "Noto Sans", "Noto Nastaliq Urdu", sans-serif',
    fontSizeSmall: '85%',
    bubbleBackground: '#f3f2f1',
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: '#1d4e89',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 8,
    bubbleMinHeight: 44,
    suggestedActionHeight: 48,
    suggestedActionBorderRadius: 24,
    suggestedActionLayout: 'flow',
    suggestedActionTextColor: '#1d4e89',
    suggestedActionBorderColor: '#1d4e89',
    sendBoxHeight: 56,
    sendBoxButtonColor: '#1d4e89',
    hideUploadButton: true,
    botAvatarInitials: 'CC',
    userAvatarInitials: 'You',
    timestampColor: '#505a5f'
  };

  function render() {
    document.documentElement.lang = current.locale.slice(0, 2);
    document.documentElement.dir = current.dir;
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: current.locale,
      dir: current.dir,
      styleOptions: styleOptions
    }, chat);
  }

  // The bot sets each reply's locale; Urdu is written right to left.
  function followLocale(activity) {
    if (!activity || !activity.from || activity.from.role !== 'bot' || !activity.locale) { return; }
    var dir = activity.locale.indexOf('ur') === 0 ? 'rtl' : 'ltr';
    if (activity.locale !== current.locale || dir !== current.dir) {
      current = { locale: activity.locale, dir: dir };
      setTimeout(render, 0);
    }
  }

  function start() {
    if (!window.WebChat) {
      status.textContent = 'Sorry, the chat could not load. Please call the centre.';
      return;
    }
    fetch(domain + '/tokens/generate', { method: 'POST' })
      .then(function (response) {
        if (!response.ok) { throw new Error('token ' + response.status); }
        return response.json();
      })
      .then(function (body) {
        directLine = window.WebChat.createDirectLine({ token: body.token, domain: domain, webSocket: false, pollingInterval: poll });
        store = window.WebChat.createStore({}, function () {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') { followLocale(action.payload.activity); }
              return next(action);
            };
          };
        });
        render();
      })
      .catch(function () {
        status.textContent = 'Sorry, the chat could not start. Please try again in a moment, or call the centre.';
      });
  }

  document.getElementById('leave').addEventListener('click', function (event) {
    // Replace this page in the history so the back button does not return to it.
    event.preventDefault();
    window.location.replace(this.href);
  });

  start();
}());
