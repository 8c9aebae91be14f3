"""The built-in extractors. Each module is a plugin registered through the public hook
``claimkit_register_stages``, exactly as a third-party plugin is; nothing here is public API."""
