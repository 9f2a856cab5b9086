/*
 * AI-poort in-page notice. Injected by the gateway into the HTML of approved AI chat web apps
 * (see gateway/proxy/notice_injection.py for the contract). It watches the page's own requests
 * and shows a Dutch banner when the gateway blocked or redacted one:
 *   - fetch / XMLHttpRequest: response headers X-AI-Poort-Decision, X-AI-Poort-Notice
 *     (percent-encoded UTF-8) and X-AI-Poort-Incident;
 *   - WebSocket: a server->client text message {"ai_poort_notice": {decision, message, incident}}
 *     that is shown and never delivered to the page's own listeners.
 * The banner lives in an open shadow root so the app's styles cannot hide or restyle it.
 * Deliberately plain: no innerHTML (works under Trusted Types), no network access of its own.
 */
(function () {
  "use strict";
  var CONFIG = /*AI_POORT_CONFIG*/ null;
  if (!CONFIG || window.__aiPoortNotice) {
    return;
  }
  Object.defineProperty(window, "__aiPoortNotice", { value: true });

  var script = document.currentScript;
  var nonce = (script && (script.nonce || script.getAttribute("nonce"))) || "";
  var NOTICE_KEY = "ai_poort_notice";
  var DEDUPE_MS = 5000;
  var MAX_VISIBLE = 3;
  var recent = new Map();
  var stack = null;

  function forceStyle(element, styles) {
    Object.keys(styles).forEach(function (name) {
      element.style.setProperty(name, styles[name], "important");
    });
  }

  function ensureStack() {
    if (stack && stack.isConnected) {
      return stack;
    }
    var host = document.createElement("ai-poort-melding");
    forceStyle(host, {
      display: "block",
      position: "fixed",
      top: "0",
      left: "0",
      width: "0",
      height: "0",
      margin: "0",
      padding: "0",
      border: "0",
      overflow: "visible",
      visibility: "visible",
      opacity: "1",
      transform: "none",
      filter: "none",
      "z-index": "2147483647",
      "pointer-events": "none",
      "--ai-poort-blocked": CONFIG.colours.blocked,
      "--ai-poort-blocked-text": CONFIG.colours.blocked_text,
      "--ai-poort-redacted": CONFIG.colours.redacted,
      "--ai-poort-redacted-text": CONFIG.colours.redacted_text,
    });
    var root = host.attachShadow({ mode: "open" });
    var style = document.createElement("style");
    if (nonce) {
      style.setAttribute("nonce", nonce);
    }
    style.textContent = CONFIG.css;
    root.appendChild(style);
    stack = document.createElement("div");
    stack.className = "stack";
    root.appendChild(stack);
    document.documentElement.appendChild(host);
    return stack;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function show(notice) {
    var key = notice.decision + "|" + notice.incident + "|" + notice.message;
    var now = Date.now();
    if (recent.has(key) && now - recent.get(key) < DEDUPE_MS) {
      return;
    }
    recent.forEach(function (shownAt, seen) {
      if (now - shownAt >= DEDUPE_MS) {
        recent.delete(seen);
      }
    });
    recent.set(key, now);
    var decision = notice.decision === "redacted" ? "redacted" : "blocked";
    var box = element("div", "notice " + decision);
    box.setAttribute("role", "alert");
    box.setAttribute("data-decision", decision);
    if (notice.incident) {
      box.setAttribute("data-incident", notice.incident);
    }
    box.appendChild(element("p", "label", CONFIG.labels[decision] + " \u00b7 " + CONFIG.municipality));
    box.appendChild(element("p", "message", notice.message || CONFIG.labels.fallback));
    var links = element("p", "links");
    var policy = element("a", "", CONFIG.policy_label);
    policy.href = CONFIG.policy_url;
    policy.target = "_blank";
    policy.rel = "noopener noreferrer";
    links.appendChild(policy);
    box.appendChild(links);
    var close = element("button", "close", CONFIG.labels.close);
    close.type = "button";
    close.setAttribute("aria-label", CONFIG.labels.close_aria);
    close.addEventListener("click", function () {
      box.remove();
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        box.remove();
      }
    });
    box.appendChild(close);
    var target = ensureStack();
    target.appendChild(box);
    while (target.children.length > MAX_VISIBLE) {
      target.firstElementChild.remove();
    }
  }

  function decode(value) {
    if (!value) {
      return "";
    }
    try {
      return decodeURIComponent(value);
    } catch (error) {
      return "";
    }
  }

  function inspectHeaders(getHeader) {
    var decision = getHeader("X-AI-Poort-Decision");
    if (!decision) {
      return;
    }
    show({
      decision: decision,
      message: decode(getHeader("X-AI-Poort-Notice")),
      incident: decode(getHeader("X-AI-Poort-Incident")),
    });
  }

  function safely(action) {
    try {
      action();
    } catch (error) {
      /* A notice must never break the app. */
    }
  }

  // fetch
  var originalFetch = window.fetch;
  if (typeof originalFetch === "function") {
    window.fetch = function fetch() {
      return originalFetch.apply(window, arguments).then(function (response) {
        safely(function () {
          inspectHeaders(function (name) {
            return response.headers.get(name);
          });
        });
        return response;
      });
    };
  }

  // XMLHttpRequest
  var xhrProto = window.XMLHttpRequest && window.XMLHttpRequest.prototype;
  if (xhrProto) {
    var originalSend = xhrProto.send;
    xhrProto.send = function send() {
      var xhr = this;
      xhr.addEventListener("readystatechange", function onState() {
        if (xhr.readyState >= 2) {
          xhr.removeEventListener("readystatechange", onState);
          safely(function () {
            inspectHeaders(function (name) {
              return xhr.getResponseHeader(name);
            });
          });
        }
      });
      return originalSend.apply(xhr, arguments);
    };
  }

  // WebSocket
  var noticeOfEvent = new WeakMap();
  function noticeOf(event) {
    if (noticeOfEvent.has(event)) {
      return noticeOfEvent.get(event);
    }
    var notice = null;
    var data = event.data;
    if (typeof data === "string" && data.length < 65536 && data.indexOf(NOTICE_KEY) !== -1) {
      safely(function () {
        var parsed = JSON.parse(data);
        var candidate = parsed && parsed[NOTICE_KEY];
        if (candidate && typeof candidate.message === "string") {
          notice = {
            decision: String(candidate.decision || "blocked"),
            message: candidate.message,
            incident: String(candidate.incident || ""),
          };
        }
      });
    }
    noticeOfEvent.set(event, notice);
    return notice;
  }

  var OriginalWebSocket = window.WebSocket;
  if (typeof OriginalWebSocket === "function") {
    var wrappedListeners = new WeakMap();
    var AiPoortWebSocket = class WebSocket extends OriginalWebSocket {
      constructor(url, protocols) {
        if (protocols === undefined) {
          super(url);
        } else {
          super(url, protocols);
        }
        // Registered before any listener of the app, so stopping here also keeps the notice
        // from `onmessage` and later addEventListener("message") listeners.
        super.addEventListener("message", function (event) {
          var notice = noticeOf(event);
          if (notice) {
            event.stopImmediatePropagation();
            show(notice);
          }
        });
      }
      addEventListener(type, listener, options) {
        if (type !== "message" || !listener) {
          return super.addEventListener(type, listener, options);
        }
        // Capture listeners run before ours at the target, so they filter for themselves.
        var wrapped = wrappedListeners.get(listener);
        if (!wrapped) {
          wrapped = function (event) {
            if (noticeOf(event)) {
              return undefined;
            }
            return typeof listener === "function"
              ? listener.call(this, event)
              : listener.handleEvent(event);
          };
          wrappedListeners.set(listener, wrapped);
        }
        return super.addEventListener(type, wrapped, options);
      }
      removeEventListener(type, listener, options) {
        var wrapped = listener && wrappedListeners.get(listener);
        return super.removeEventListener(type, wrapped || listener, options);
      }
    };
    window.WebSocket = AiPoortWebSocket;
  }
})();
