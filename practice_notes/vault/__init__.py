"""The encrypted vault: one SQLCipher file per practice. Qt-free.

``database`` opens, creates and migrates a vault (atomic migrations behind a
safety copy) and hands out transactions; ``cipher`` and ``codec`` wrap the
SQLCipher driver and the stored values; ``schema`` holds the tables and their
migrations; ``repos`` the repositories the services use (one per kind of record);
``audit`` the append-only audit trail; ``files`` the careful copy (temporary
name, fsync, rename) behind the safety copies; ``errors`` and ``translate`` turn driver
errors into classified :class:`~practice_notes.vault.errors.VaultError` s;
``instance_lock`` keeps a second copy of the app off the same file. Imports only
:mod:`practice_notes.domain` (and the standard library and ``sqlcipher3``).
"""
