package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "failed:", err)
		os.Exit(1)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gosub_exec_env_dir")
	check("mkdirtemp", err)
	defer os.RemoveAll(dir)

	// Dir: the child runs there; PWD follows when Env is ours.
	cmd := exec.Command("pwd")
	cmd.Dir = dir
	out, err := cmd.Output()
	check("pwd", err)
	real, _ := filepath.EvalSymlinks(dir)
	got := strings.TrimSpace(string(out))
	fmt.Println("ran in dir:", got == dir || got == real)
	for _, kv := range cmd.Environ() {
		if strings.HasPrefix(kv, "PWD=") {
			fmt.Println("PWD is Dir:", kv == "PWD="+dir)
		}
	}

	// A relative program name is found from Dir.
	check("write script", os.WriteFile(filepath.Join(dir, "script.sh"), []byte("#!/bin/sh\necho script says $1 in $GREETING\n"), 0o755))
	cmd = exec.Command("./script.sh", "hi")
	cmd.Dir = dir
	cmd.Env = []string{"GREETING=a=b", "GREETING=hello", "OTHER=1"}
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	fmt.Println(cmd.Environ())

	// Env: only what is given; nil is ours.
	os.Setenv("GOSUB_EXEC_TEST", "inherited")
	out, _ = exec.Command("sh", "-c", "echo [$GOSUB_EXEC_TEST]").Output()
	fmt.Print(string(out))
	cmd = exec.Command("/bin/sh", "-c", "echo [$GOSUB_EXEC_TEST] [$X]")
	cmd.Env = []string{"X=only this"}
	out, _ = cmd.Output()
	fmt.Print(string(out))

	// A missing directory, a file that is not executable, a directory.
	cmd = exec.Command("true")
	cmd.Dir = filepath.Join(dir, "missing")
	err = cmd.Run()
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	check("write data", os.WriteFile(filepath.Join(dir, "data.txt"), []byte("x"), 0o644))
	err = exec.Command(filepath.Join(dir, "data.txt")).Run()
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = exec.LookPath(filepath.Join(dir, "data.txt"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = exec.LookPath(dir)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	// A program found through a relative $PATH entry is refused (Go 1.19's ErrDot).
	check("chdir", os.Chdir(dir))
	os.Setenv("PATH", ".:"+os.Getenv("PATH"))
	_, err = exec.LookPath("script.sh")
	fmt.Println(err)
	fmt.Println(exec.Command("script.sh").Run())
}
