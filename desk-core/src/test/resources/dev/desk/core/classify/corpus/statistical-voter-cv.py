#!/usr/bin/env python3
"""Would a statistical voter help the urgency rules? Cross-validated on the development part only.

Five folds of dev.jsonl, a ticket and its translation always in the same fold; held-out is never
read. Two models, each trained on four folds and scored on the fifth:
  nb  multinomial naive Bayes over word prefixes (6 letters: a crude stemmer for Russian) and
      word-prefix bigrams, each counted once a ticket;
  lr  softmax regression over TF-IDF of character 3-5-grams within words, word prefixes and
      bigrams (L2, plain gradient descent; numpy).
It prints, per language, accuracy, EMERGENCY recall at the model's first choice, and the recall,
precision and consultations called emergencies when the model votes EMERGENCY at a probability
threshold. Run: python3 statistical-voter-cv.py   (needs numpy for lr)
"""
import collections, json, math, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ['EMERGENCY', 'URGENT', 'PLANNED', 'CONSULTATION']
dev = [json.loads(line) for line in open(os.path.join(HERE, 'dev.jsonl'), encoding='utf-8')]


def words(text):
    return re.findall(r"[a-zа-я0-9]+", text.lower().replace('ё', 'е'))


def nb_features(text):
    ws = [w[:6] for w in words(text)]
    return set(ws) | {a + '_' + b for a, b in zip(ws, ws[1:])}


def nb(train, test):
    counts = {label: collections.Counter() for label in LABELS}
    prior = collections.Counter()
    for d in train:
        prior[d['label']] += 1
        counts[d['label']].update(nb_features(d['text']))
    vocab = set().union(*counts.values())
    total = {label: sum(counts[label].values()) for label in LABELS}
    out = []
    for d in test:
        score = {}
        for label in LABELS:
            s = math.log((prior[label] + 1) / (len(train) + 4))
            for f in nb_features(d['text']):
                if f in vocab:
                    s += math.log((counts[label][f] + 0.5) / (total[label] + 0.5 * len(vocab)))
            score[label] = s
        top = max(score.values())
        e = {label: math.exp(v - top) for label, v in score.items()}
        z = sum(e.values())
        out.append({label: v / z for label, v in e.items()})
    return out


def lr(train, test, lam=1e-3, steps=300, rate=2.0):
    import numpy as np

    def features(text):
        out = collections.Counter()
        ws = words(text)
        for w in ws:
            out['w:' + w[:6]] += 1
            padded = ' ' + w + ' '
            for n in (3, 4, 5):
                for i in range(len(padded) - n + 1):
                    out['c:' + padded[i:i + n]] += 1
        for a, b in zip(ws, ws[1:]):
            out['b:' + a[:5] + '_' + b[:5]] += 1
        return out

    train_f = [features(d['text']) for d in train]
    df = collections.Counter()
    for f in train_f:
        df.update(set(f))
    vocab = {k: i for i, k in enumerate(k for k, v in df.items() if v >= 2)}
    idf = np.zeros(len(vocab))
    for k, i in vocab.items():
        idf[i] = math.log((1 + len(train)) / (1 + df[k])) + 1

    def vector(f):
        x = np.zeros(len(vocab))
        for k, v in f.items():
            if k in vocab:
                x[vocab[k]] = (1 + math.log(v)) * idf[vocab[k]]
        n = np.linalg.norm(x)
        return x / n if n > 0 else x

    x = np.array([vector(f) for f in train_f])
    y = np.eye(4)[[LABELS.index(d['label']) for d in train]]
    w, b = np.zeros((x.shape[1], 4)), np.zeros(4)
    for _ in range(steps):
        z = x @ w + b
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        w -= rate * (x.T @ (p - y) / len(x) + lam * w)
        b -= rate * (p - y).mean(0)
    z = np.array([vector(features(d['text'])) for d in test]) @ w + b
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    return [dict(zip(LABELS, row)) for row in p]


pairs = sorted({d.get('pair', d['id']) for d in dev})
random.Random(7).shuffle(pairs)
fold = {p: i % 5 for i, p in enumerate(pairs)}
for name, model in (('nb', nb), ('lr', lr)):
    scored = []
    for f in range(5):
        train = [d for d in dev if fold[d.get('pair', d['id'])] != f]
        test = [d for d in dev if fold[d.get('pair', d['id'])] == f]
        scored += zip(test, model(train, test))
    for lang in ('en', 'ru'):
        part = [(d, p) for d, p in scored if d['lang'] == lang]
        emergencies = [(d, p) for d, p in part if d['label'] == 'EMERGENCY']
        accuracy = sum(max(p, key=p.get) == d['label'] for d, p in part) / len(part)
        first = sum(max(p, key=p.get) == 'EMERGENCY' for d, p in emergencies) / len(emergencies)
        called = sum(max(p, key=p.get) == 'EMERGENCY' for d, p in part)
        print(f'{name} {lang}: accuracy {accuracy:.3f}, EMERGENCY at first choice: recall {first:.3f},'
              f' precision {first * len(emergencies) / max(1, called):.3f}')
        for threshold in (0.3, 0.5, 0.7):
            said = [(d, p) for d, p in part if p['EMERGENCY'] >= threshold]
            hit = sum(d['label'] == 'EMERGENCY' for d, _ in said)
            questions = sum(d['label'] == 'CONSULTATION' for d, _ in said)
            print(f'  votes EMERGENCY at p >= {threshold}: recall {hit / len(emergencies):.3f},'
                  f' precision {hit / max(1, len(said)):.3f}, consultations called emergencies {questions}')
