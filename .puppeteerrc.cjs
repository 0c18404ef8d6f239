// Browsers come from the system (Debian packages); never download one at install time.
module.exports = { skipDownload: true };
