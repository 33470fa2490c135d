package broken

func Broken() {
	if {
	}
}
