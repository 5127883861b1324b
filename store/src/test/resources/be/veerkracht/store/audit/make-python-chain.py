# Makes the audit-chain examples of docs/audit-chain.md and store tests, independently of the Java code.
# Run in this folder: python3 make-python-chain.py (Python 3.11.7 wrote the committed python-chain.jsonl).
import hashlib, json
def canon(o): return json.dumps(o, sort_keys=True, separators=(',', ':'), ensure_ascii=False)
content = hashlib.sha256(b"part_id,annual_demand_units\nP-100,1200\n").hexdigest()
e1 = {"seq": 1, "at": "2026-11-28T09:30:00.000Z", "actor": "an.peeters", "action": "portfolio.import",
      "subject": "snapshot:1",
      "details": {"source": "portfolio-2026-11.xlsx", "content_sha256": content, "parts": 2, "suppliers": 2, "links": 3, "tools": 1},
      "prev_hash": "0"*64}
h1 = hashlib.sha256(canon(e1).encode('utf-8')).hexdigest()
e2 = {"seq": 2, "at": "2026-11-28T10:05:42.517Z", "actor": "Zoë Dubois", "action": "supplier.classify",
      "subject": "supplier:S-ÉCLAIR",
      "details": {"note": "line 1\nline 2\ttab \"quoted\" back\\slash \u001f ✓ 𝄞", "z": None, "a": [True, False, 12345678901234567890], "é": "e-acute", "\uffff": "bmp-last", "𝄞": "astral"},
      "prev_hash": h1}
h2 = hashlib.sha256(canon(e2).encode('utf-8')).hexdigest()
print("content_sha256", content)
print("hashed1", canon(e1)); print("hash1", h1)
print("hashed2", canon(e2)); print("hash2", h2)
with open('python-chain.jsonl', 'w', encoding='utf-8', newline='\n') as f:
    f.write(canon(dict(e1, hash=h1)) + "\n" + canon(dict(e2, hash=h2)) + "\n")
