"""Living stories: follow sources over time, keep story ids stable, and say what changed.

- ``identity``: stable story ids over whatever clustering produces (merges and splits recorded,
  old ids still resolve);
- ``versions``: every brief built is stored as a numbered version of its story;
- ``changes``: what a newer brief has that an earlier one did not, item by item, cited;
- ``sources`` and ``watch``: poll folders, feeds and URL lists, take in only what is new,
  and rebuild the briefs of the stories that changed;
- ``records``: the store tables behind all of it (a mixin of ``storyline.store.Store``).

Imported by the store, so this package's ``__init__`` imports nothing.
"""
