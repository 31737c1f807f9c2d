{
  "format": "app-audit/signature@1",
  "key_id": "ed25519:8b73b58f56723918",
  "sha256": "84802e77a1f2fb17d1496d54d34126be6018e284d97b3fd27e0341a95070c248",
  "signature": "t1oMM1ifIW8psJwVQ4KDWv3xTbxqsvtybqpk0EcS48Lm8hoezMVHQzMTlRY83ASOSPq7i/9Qmma0AK9dFHIbBA=="
}
