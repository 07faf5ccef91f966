"""scikit-learn's clustering of the columns Needle clustered on (tests/segments-service/sklearnParity.test.ts).

argv: the encoded matrix as CSV (scores and numbers as they are, a choice one-hot, a multi-select one
column per option; empty = no answer), and k. Missing values take the column's mean; every column is
standardised; KMeans(n_init=10) at k. Prints the labels as JSON.
"""
import json
import sys

import numpy as np
from sklearn.cluster import KMeans
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler

X = np.genfromtxt(sys.argv[1], delimiter=",", missing_values="", filling_values=np.nan)
if X.ndim == 1:
    X = X.reshape(-1, 1)
k = int(sys.argv[2])
Z = StandardScaler().fit_transform(SimpleImputer(strategy="mean").fit_transform(X))
labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit(Z).labels_
print(json.dumps(labels.tolist()))
