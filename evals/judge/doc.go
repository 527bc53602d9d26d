// Package judge is a Go port of the JuDGE judgment-generation scorer (HEAD):
// charges, articles, prison term, fine and METEOR exactly as calc.py and calc_rel.py compute them.
package judge
