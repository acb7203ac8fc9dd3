"""Scripts run from the checkout: the curation build and the articles snapshot."""
