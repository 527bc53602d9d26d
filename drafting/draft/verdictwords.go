package draft

// combinedWords introduces the sentence executed for several crimes, as
// 731 of the 1,839 决定执行 in the 7,087 LeCaRD first-instance verdicts
// outside dev and tune do (most others add nothing):
// 犯X罪，判处…；犯Y罪，判处…；数罪并罚，决定执行….
const combinedWords = "数罪并罚，决定执行"
