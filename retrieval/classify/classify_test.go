package classify

import (
	"context"
	"testing"
)

func TestVectorsNearest(t *testing.T) {
	texts := []string{"被告人秘密窃取他人财物，盗窃手机一部。", "被告人驾驶机动车醉酒，血液酒精含量超标。", "被告人持刀故意伤害他人，致人轻伤。", "被告人入户盗窃现金。"}
	v := NewVectors(texts)
	hits := v.Nearest(v.Vector("被告人盗窃他人手机。"), []int{0, 1, 2, 3}, -1, 2)
	if len(hits) != 2 || hits[0].Doc != 0 {
		t.Fatalf("nearest = %+v, want the theft text first", hits)
	}
	if got := Dot(v.Docs[0], v.Docs[0]); got < 0.99 || got > 1.01 {
		t.Errorf("self similarity %v, want 1", got)
	}
}

func TestChargeModel(t *testing.T) {
	cases := []Labelled{
		{ID: "a", Facts: "被告人秘密窃取他人财物，盗窃手机一部，价值三千元。", Charges: []string{"盗窃罪"}},
		{ID: "b", Facts: "被告人入户盗窃现金二千元，秘密窃取。", Charges: []string{"盗窃罪"}},
		{ID: "c", Facts: "被告人醉酒驾驶机动车，血液酒精含量为150mg/100ml。", Charges: []string{"危险驾驶罪"}},
		{ID: "d", Facts: "被告人酒后驾驶机动车在道路上行驶，经检测属醉酒驾驶。", Charges: []string{"危险驾驶罪"}},
	}
	m, err := TrainCharges(context.Background(), cases)
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.PredictCharges(context.Background(), "被告人醉酒后驾驶机动车，血液酒精含量为120mg/100ml。")
	if err != nil || len(got) == 0 || got[0] != "危险驾驶罪" {
		t.Fatalf("= %v %v, want 危险驾驶罪 first", got, err)
	}
	if _, err := TrainCharges(context.Background(), nil); err == nil {
		t.Error("training on nothing should fail")
	}
}

func FuzzVector(f *testing.F) {
	v := NewVectors([]string{"被告人盗窃手机", "被告人醉酒驾驶", "被告人盗窃现金"})
	f.Add("盗窃手机")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		x := v.Vector(s)
		if len(x.IDs) != len(x.W) {
			t.Fatal("ids and weights differ in length")
		}
		if d := Dot(x, x); d > 1.001 {
			t.Fatalf("norm %v > 1", d)
		}
	})
}
