"""mitmproxy addons of the gateway. Each addon has one concern; the work happens in pure
functions (gateway.extract, gateway.proxy.verdict, the engine) that the hooks call."""
