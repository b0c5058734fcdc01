// Command go-cron is a minimal stand-in for github.com/ivoronin/go-cron v0.0.5,
// the cron runner of the postgres-backup-s3 image (`exec go-cron "$SCHEDULE"
// /bin/sh backup.sh`). That module is not served by the Go module proxy this
// project can reach, so this program reproduces its command line:
//
//	go-cron SCHEDULE COMMAND [ARG...]
//
// SCHEDULE is a robfig/cron expression: five fields ("0 3 * * *"), six fields
// with leading seconds ("*/5 * * * * *"), or a descriptor (@daily, @hourly,
// @weekly, @monthly, @yearly, @every 1h30m). COMMAND runs with the inherited
// environment, stdout and stderr; a run that is still going when the next one
// is due is skipped. SIGTERM/SIGINT stop the scheduler, forward the signal to
// a running command, wait for it and exit 0.
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"sync"
	"syscall"

	"github.com/robfig/cron/v3"
)

func main() {
	log.SetFlags(log.LstdFlags)
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: go-cron SCHEDULE COMMAND [ARG...]")
		os.Exit(2)
	}
	spec, argv := os.Args[1], os.Args[2:]
	parser := cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)
	if _, err := parser.Parse(spec); err != nil {
		fmt.Fprintf(os.Stderr, "go-cron: invalid schedule %q: %v\n", spec, err)
		os.Exit(2)
	}

	var mu sync.Mutex
	var running *exec.Cmd
	var wg sync.WaitGroup
	stopping := false

	c := cron.New(cron.WithParser(parser), cron.WithChain(cron.SkipIfStillRunning(cron.DefaultLogger)))
	_, _ = c.AddFunc(spec, func() {
		mu.Lock()
		if stopping {
			mu.Unlock()
			return
		}
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, os.Stdout, os.Stderr
		running = cmd
		wg.Add(1)
		mu.Unlock()
		defer wg.Done()
		log.Printf("go-cron: running %q", argv)
		err := cmd.Run()
		mu.Lock()
		running = nil
		mu.Unlock()
		if err != nil {
			log.Printf("go-cron: %q failed: %v", argv, err)
		} else {
			log.Printf("go-cron: %q finished", argv)
		}
	})
	c.Start()
	log.Printf("go-cron: schedule %q, command %q", spec, argv)

	sigc := make(chan os.Signal, 1)
	signal.Notify(sigc, syscall.SIGTERM, syscall.SIGINT)
	sig := <-sigc
	log.Printf("go-cron: %v received, stopping", sig)
	mu.Lock()
	stopping = true
	if running != nil && running.Process != nil {
		_ = running.Process.Signal(sig)
	}
	mu.Unlock()
	<-c.Stop().Done()
	wg.Wait()
}
