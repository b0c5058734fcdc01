// Start-up costs a user feels: opening a project folder, and building the main window with a
// project open. Prints figures (median of repeated runs) and the peak resident memory.
#include "core/Project.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

template<typename Work>
double medianMicroseconds(int runs, Work work)
{
    std::vector<double> samples;
    samples.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

long peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication app(argc, argv);
    const QString demo = QStringLiteral(BERTH_SOURCE_DIR "/examples/demo");

    const double openProject = medianMicroseconds(200, [&] { (void)Berth::Project::open(demo); });
    const double window = medianMicroseconds(20, [&] {
        Berth::Gui::MainWindow mainWindow;
        (void)mainWindow.openProject(demo);
        mainWindow.show();
        QApplication::processEvents();
    });

    std::printf("%-40s %10.1f us\n", "Project::open(examples/demo), median", openProject);
    std::printf("%-40s %10.1f ms\n", "main window + open project, median", window / 1000.0);
    std::printf("%-40s %10ld KiB\n", "peak resident memory", peakResidentKilobytes());
    return 0;
}
