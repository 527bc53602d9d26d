// Leian web UI start-up: runs after every page file has registered itself.
"use strict";

if (sessionStorage.getItem(TOKEN_KEY)) {
  enter().catch((err) => showLogin(describe(err)));
} else {
  showLogin("");
}
