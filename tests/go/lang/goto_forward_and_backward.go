package main

import "fmt"

func find(xs []int, target int) (idx int) {
	i := 0
loop:
	if i >= len(xs) {
		goto notFound
	}
	if xs[i] == target {
		return i
	}
	i++
	goto loop
notFound:
	return -1
}

func cleanup(fail int) (log []string) {
	log = append(log, "start")
	if fail == 1 {
		goto fail1
	}
	log = append(log, "step1")
	if fail == 2 {
		goto fail2
	}
	log = append(log, "step2")
	return
fail2:
	log = append(log, "undo1")
fail1:
	log = append(log, "failed")
	return
}

// goto backward makes a loop; goto forward skips to cleanup code; a label may be the target
// of several gotos and jumps out of nested blocks.
func main() {
	fmt.Println(find([]int{4, 5, 6}, 6), find([]int{4, 5, 6}, 9))
	fmt.Println(cleanup(0), cleanup(1), cleanup(2))
	i := 0
	for {
		if i == 3 {
			goto done
		}
		i++
	}
done:
	fmt.Println("i", i)
}
