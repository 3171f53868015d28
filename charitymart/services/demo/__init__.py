"""The sample store: three months of a realistic shop, built through the same services a user
touches. `build.build_demo` is the entry point; `state` holds the builder's shared state.

May import any package; nothing imports it but the command line, the first-run wizard and tests.
"""
