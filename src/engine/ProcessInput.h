#pragma once

#include <QPointer>

#include <memory>

class QIODevice;
class QProcess;

namespace Berth::Engine {

// The standard input of a child process that is fed a long stream (gpg decrypting a download).
// On Unix it is one end of a local socket pair instead of QProcess's pipe: a reader taking small
// reads from a full pipe wakes the writer on every read, which on Linux made gpg decrypt about
// 12 % slower than from a file, while a socket wakes its writer only once most of its buffer is
// free, and gpg decrypts from it as fast as from a file (bench/bench_s3 prints both). Elsewhere,
// and should the socket pair fail, it is QProcess's own input channel.
class ProcessInput
{
public:
    // Before process->start(). The input lives as long as the process.
    explicit ProcessInput(QProcess *process);
    ~ProcessInput();
    ProcessInput(const ProcessInput &) = delete;
    ProcessInput &operator=(const ProcessInput &) = delete;

    // Where to write the input; null once the process is gone.
    [[nodiscard]] QIODevice *device() const;
    // The end of the input: the process reads end-of-file once everything written reached it.
    void close();

private:
    QPointer<QProcess> m_process;
    QPointer<QIODevice> m_socket; // null: the process's own channel
    // The socket's other end, given to the child as its standard input; -1 once closed here.
    std::shared_ptr<int> m_childEnd;
};

} // namespace Berth::Engine
