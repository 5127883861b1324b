# Independent figures of the sample portfolio, straight from the CSVs (for the web tests' expected values).
# Run from examples/flemish-machine-builder: python3 ../../web/src/test/fixture-tools/sample_figures.py
import csv, collections
from decimal import Decimal
def rows(n):
    with open(n, encoding='utf-8-sig') as f:
        return list(csv.DictReader(f, delimiter=';'))
def num(s):
    s=s.strip().replace('.','').replace(',','.')
    return s
parts={r['part_id']:r for r in rows('parts.csv')}
sups={r['supplier_id']:r for r in rows('suppliers.csv')}
links=rows('sourcing.csv')
def share(s):
    s=s.strip()
    if s.endswith('%'): return Decimal(num(s[:-1]))/100
    return Decimal(num(s)) if s else Decimal(0)
spend=collections.defaultdict(Decimal); active=collections.defaultdict(list)
for l in links:
    p=parts[l['part_id']]; d=Decimal(num(p['annual_demand_units']))
    per=Decimal(num(l['price_per_quantity'])) if l['price_per_quantity'].strip() else Decimal(1)
    price=Decimal(num(l['unit_price_eur']))/per
    sh=share(l['share'])
    sp=d*sh*price
    spend[l['supplier_id']]+=sp
    q=l['qualified'].strip().upper() in ('WAAR','TRUE','1','JA','YES')
    if q and sh>0: active[l['part_id']].append((l['supplier_id'],sh))
total=sum(spend.values())
print('total', total, 'suppliers', len(sups))
top=sorted(spend.items(), key=lambda kv:(-kv[1],kv[0]))[:3]
for k,v in top: print('top', k, sups[k]['name'], v)
# sole sources
sole=collections.Counter(); crit=collections.Counter(); act=collections.Counter()
for pid,a in active.items():
    for s,_ in a: act[s]+=1
    if len(a)==1:
        sole[a[0][0]]+=1
        if parts[pid]['criticality'].strip()=='A': crit[a[0][0]]+=1
for k,_ in top: print('  ', k, 'active', act[k], 'sole', sole[k], 'crit sole', crit[k])
# HHI bands over supplier shares (normalised to active shares)
bands=collections.Counter()
for pid in parts:
    a=active.get(pid,[])
    if not a: continue
    byS=collections.defaultdict(Decimal)
    for s,sh in a: byS[s]+=sh
    tot=sum(byS.values()); h=sum((v/tot)**2 for v in byS.values())
    b='SOLE' if h>=Decimal('0.999999999') else 'HIGH' if h>Decimal('0.25') else 'MODERATE' if h>=Decimal('0.15') else 'UNCONCENTRATED'
    bands[b]+=1
print('bands', dict(bands), 'no active', sum(1 for p in parts if p not in active))
cs=[p for p in parts if len(active.get(p,[]))==1 and parts[p]['criticality'].strip()=='A']
print('critical singles', len(cs))
# parts by spend (all links), the largest first
pspend=collections.defaultdict(Decimal)
for l in links:
    p=parts[l['part_id']]; d=Decimal(num(p['annual_demand_units']))
    per=Decimal(num(l['price_per_quantity'])) if l['price_per_quantity'].strip() else Decimal(1)
    pspend[l['part_id']]+=d*share(l['share'])*Decimal(num(l['unit_price_eur']))/per
for k,v in sorted(pspend.items(), key=lambda kv:(-kv[1],kv[0]))[:2]: print('part by spend', k, v)
print('L28020 links', sum(1 for l in links if l['supplier_id']=='L28020'), 'candidates', sum(1 for l in links if l['supplier_id']=='L28020' and not (l['qualified'].strip().upper()=='WAAR' and share(l['share'])>0)))
print('L28020', sups['L28020'])
