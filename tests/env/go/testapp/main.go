// Command testapp is the tiny web application that Berth's integration tests
// deploy with Kamal semantics (image berth/testapp:v1, :v2, :broken).
//
//	GET /up          200 "ok" (the "broken" build answers 503 forever)
//	GET /            the version string, e.g. "v1"
//	GET /slow?ms=N   sleeps N milliseconds (max 60000), then answers the version;
//	                 handy to prove that in-flight requests survive a deploy
//	GET /env?name=X  the value of environment variable X (404 if unset)
//
// It listens on :3000 (PORT overrides), logs one line per request to stdout
// and shuts down gracefully on SIGTERM/SIGINT: it stops accepting new
// connections and lets in-flight requests finish (up to SHUTDOWN_TIMEOUT,
// default 30s) before exiting 0.
//
// The version and the broken flag are baked in at link time:
//
//	go build -ldflags "-X main.version=v1 -X main.broken=false" ./testapp
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"
)

var (
	version = "dev"
	broken  = "false"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	if len(os.Args) > 1 && (os.Args[1] == "--version" || os.Args[1] == "version") {
		fmt.Println(version)
		return
	}
	port := os.Getenv("PORT")
	if port == "" {
		port = "3000"
	}
	isBroken := broken == "true"

	mux := http.NewServeMux()
	mux.HandleFunc("/up", func(w http.ResponseWriter, r *http.Request) {
		if isBroken {
			http.Error(w, "unhealthy", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		ms, _ := strconv.Atoi(r.URL.Query().Get("ms"))
		if ms < 0 {
			ms = 0
		}
		if ms > 60000 {
			ms = 60000
		}
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
		case <-r.Context().Done():
			return
		}
		fmt.Fprintln(w, version)
	})
	mux.HandleFunc("/env", func(w http.ResponseWriter, r *http.Request) {
		v, ok := os.LookupEnv(r.URL.Query().Get("name"))
		if !ok {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintln(w, v)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintln(w, version)
	})

	logged := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: 200}
		mux.ServeHTTP(rec, r)
		log.Printf("%s %s %s %d %s", version, r.Method, r.URL.RequestURI(), rec.status, time.Since(start).Round(time.Millisecond))
	})

	srv := &http.Server{Addr: ":" + port, Handler: logged, ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Printf("testapp %s listening on :%s (broken=%v)", version, port, isBroken)

	select {
	case err := <-errc:
		log.Fatalf("server: %v", err)
	case <-ctx.Done():
	}
	timeout := 30 * time.Second
	if d, err := time.ParseDuration(os.Getenv("SHUTDOWN_TIMEOUT")); err == nil {
		timeout = d
	}
	log.Printf("testapp %s: signal received, draining (timeout %s)", version, timeout)
	sctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Printf("testapp %s: shutdown: %v", version, err)
		os.Exit(1)
	}
	log.Printf("testapp %s: stopped", version)
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}
