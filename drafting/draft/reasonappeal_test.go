package draft

import "testing"

func TestFirstInstanceWording(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a first-instance reasoning is left as it is",
			"本院认为，被告人张某某违反交通运输管理法规，因而发生重大事故，其行为已构成交通肇事罪。",
			"本院认为，被告人张某某违反交通运输管理法规，因而发生重大事故，其行为已构成交通肇事罪。"},
		{"the appeal's parties become the accused",
			"本院认为，上诉人（原审被告人）李俊福、肖本帅、原审被告人文波违反矿产资源法的规定，未取得采矿许可证擅自采矿，情节严重，其行为均已构成非法采矿罪。",
			"本院认为，被告人李俊福、肖本帅、被告人文波违反矿产资源法的规定，未取得采矿许可证擅自采矿，情节严重，其行为均已构成非法采矿罪。"},
		{"the review of the judgment below goes",
			"本院认为，上诉人李保元在生产、作业中违反有关安全管理的规定，其行为构成重大责任事故罪。原判认定事实清楚，证据确实、充分，定罪准确。上诉人张伟集曾因犯罪被判处有期徒刑，系累犯，依法应从重处罚。",
			"本院认为，被告人李保元在生产、作业中违反有关安全管理的规定，其行为构成重大责任事故罪。被告人张伟集曾因犯罪被判处有期徒刑，系累犯，依法应从重处罚。"},
		{"grounds of appeal are the accused's arguments",
			"关于上诉人滕自强提出的他们不属于恶势力团伙的上诉理由，经查，该上诉理由不能成立。",
			"关于被告人滕自强提出的他们不属于恶势力团伙的辩解，经查，该辩解不能成立。"},
		{"a sentence about the appeal itself goes",
			"卢浪一审时拒不认罪、悔罪，依法不予从轻处罚。上诉人到案后主动供述，可以从轻处罚。",
			"被告人到案后主动供述，可以从轻处罚。"},
	}
	for _, tt := range tests {
		if got := firstInstanceWording(tt.in); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
