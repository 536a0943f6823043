"""`msgkit translate`: texts out to translators' files and back, with stale and review state."""
