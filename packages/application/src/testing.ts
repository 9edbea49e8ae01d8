// @los/application/testing: fakes and the contract suites every adapter of a port runs.

// --- fakes ---

// --- contracts: repositories and unit of work ---

// --- contracts: event bus ---

// --- contracts: cache ---
