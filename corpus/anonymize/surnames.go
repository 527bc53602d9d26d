package anonymize

import (
	"strings"
	"unicode/utf8"
)

// singleSurnames are common single-character Chinese surnames (the
// 百家姓 names in modern use). Rare surnames that are also everyday words
// (公, 和, 由, 查…) are left out: after a role they matched words far more
// often than names in the tune fold.
const singleSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池苑迟邝官封匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井漆巴丰支卿国狄平索宣晋初云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌裘亓邰赫杭况鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅利於呼干但尉冶斯束檀衣展昝智幸奉植衡富尧闭傅丘阎扶钮蔚隗邴郦酆郗"

// compoundSurnames are two-character surnames, keyed by their UTF-8 bytes.
var compoundSurnames = map[string]bool{
	"欧阳": true, "司马": true, "上官": true, "诸葛": true, "东方": true, "皇甫": true, "尉迟": true,
	"公孙": true, "慕容": true, "长孙": true, "宇文": true, "司徒": true, "夏侯": true, "轩辕": true,
	"令狐": true, "端木": true, "独孤": true, "南宫": true, "西门": true, "申屠": true, "呼延": true,
	"赫连": true, "拓跋": true, "钟离": true, "澹台": true, "公冶": true, "太史": true, "闻人": true,
}

// HasSurname reports whether name opens with a surname of these lists:
// a reading after a role word (被告人不同意, 被告人归案) that does not is a
// phrase, not a person.
func HasSurname(name string) bool {
	if len(name) >= 6 && compoundSurnames[name[:6]] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(name)
	return r != utf8.RuneError && strings.ContainsRune(singleSurnames, r)
}
