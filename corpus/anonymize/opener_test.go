package anonymize

import (
	"slices"
	"testing"
)

// TestOpenerNames checks the reader of a name that opens a clause before
// a verb only a person does, alone.
func TestOpenerNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"同日，王天珍拨打电话报警。", []string{"王天珍"}},
		{"证人李涛证言，证实：2019年7月，孙文伟拿李涛身份证办理了某科技有限公司。", []string{"孙文伟"}},
		{"电话联系陈某后，陈素轼将欧某接到南侨商务酒店。", []string{"陈素轼"}},
		{"拒绝在合同上盖公章。胡义和不想放弃该工程项目的收益。后胡义和拿着合同回公司。", []string{"胡义和"}}, // 和 stops names; the three are written whole twice
		{"三人到管线处，王继承持铁锨挖开土层，王继承、白新茗打开阀门。", []string{"王继承"}},         // closed by 、
		{"2021年3月中旬，于霞叫其一起到昆明送卡。", []string{"于霞"}},                  // 于 before a name's characters
		{"经法医鉴定，何继业身体的损伤程度为轻伤二级。", []string{"何继业"}},                 // an expert's finding
		{"经泸州市公安局物证鉴定所鉴定：李靖左上肢损伤程度为轻微伤。", []string{"李靖"}},
		{"经鉴定，王朝阳之损伤程度为轻伤一级。", nil},                   // 朝阳 is a word: the reading needs more than one frame
		{"案发后，公司将款项退还。同日，民警将其抓获。经鉴定，被害人之损伤为轻伤。", nil}, // words and roles
		{"2011年8月，马离开齐市后，其找到石，石替马将12万元欠款偿还。", nil},    // 替 is a preposition
		{"往门外爬，边爬边拿出手机来打120。", nil},                   // 边…边
		{"被告人于2014年3月到案，于当日将赃款退还。", nil},              // 于 opens a date
		{"找林索要医药费，双方再次发生争执，汪遂拿起尖刀。", nil},             // the surname alone and 遂
		{"刘圈村至丁圈村之间，丁圈村将土地发包。", nil},                  // a village
		{"经鉴定，黄金的价值为三万元。", nil},                       // a word
	}
	for _, c := range cases {
		if got := openerNames(c.text, map[string]bool{}); !slices.Equal(got, c.want) {
			t.Errorf("openerNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestJoinedNames checks the party 与/和/同/跟 joins before what two do
// together, read by pairedNames.
func TestJoinedNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"被告人贺2某的姐夫何雷因故与贺彩发生争执。", []string{"贺彩"}},
		{"被告人石晓明与王向茂系邻居关系。二人认为树系自家的，因而与王向茂发生争吵。", []string{"王向茂"}}, // through 向, written whole twice
		{"被告人李3某林与张铜柱签订《玉米赊销合同》。", []string{"张铜柱"}},
		{"在丽晶酒店楼下，与王义良完成交易。", []string{"王义良"}},
		{"被告人谢之成与周伦酒后在岩前镇泡茶聊天。", []string{"周伦"}},
		{"刘承信，男。被告人以捡到钱与刘承信分钱为由骗取财物。", []string{"刘承信"}}, // through 承, closed whole elsewhere
		{"全某1与被害人签订和解协议，取得谅解。", nil},                    // 和解
		{"遂与李发生争吵并将李从门口拖进屋内。", nil},                     // the surname alone
		{"被告人与公司签订合同，又与银行签订贷款合同。", nil},                 // words
		{"与王某某发生争执后，与对方发生口角。", nil},
	}
	for _, c := range cases {
		if got := pairedNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("pairedNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
