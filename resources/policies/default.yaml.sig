{
  "format": "app-audit/signature@1",
  "key_id": "ed25519:1d7dcc219faf09ef",
  "sha256": "3bacf370030fc3f62d101d57c62230a8db24a52de651c2ef5dad5167d78ee410",
  "signature": "mX/GtscOJLnUd0tambIu4PQZzPr9Hvob1yEPh8XyHG0460nqmD+Xf4XkzPf+hqG2TletrCbxoabSIxGO2ge/Ag=="
}
