#!/usr/bin/python3
# Regimen started as a person starts it, where its windows are drawn with
# cairo whatever GL is (no GPU's device, GSK_RENDERER unset): GTK 4.8 set
# GL up when it opened the display all the same, Mesa and LLVM loaded and
# a context made on the main thread before the window was built, 45 % of
# a bare window's start (issue 20). The window comes up, and no GL driver
# is in the process.
import os
import re
import time

from regimen_e2e import check, find, find_app, launched, run

GL_DRIVERS = re.compile(r'/(libGLX_mesa|libEGL_mesa|libLLVM|[a-z0-9]+_dri)[^/]*\.so')


def has_gpu_device():
    dri = os.listdir('/dev/dri') if os.path.isdir('/dev/dri') else []
    return (os.path.exists('/dev/nvidiactl') or os.path.exists('/dev/dxg')
            or any(name.startswith(('renderD', 'card')) for name in dri))


def main(binary):
    os.environ.pop('GSK_RENDERER', None)
    os.environ.pop('GDK_DEBUG', None)
    with launched(binary) as proc:
        app = find_app(binary)
        check(app is not None, 'the application starts')
        if app is None:
            return
        frame = app.child(roleName='frame', retry=True)
        check(find(frame, lambda n: n.name == 'Days of the week', timeout=10) is not None,
              'the window shows the week')
        # A moment for anything loaded after the first frame.
        time.sleep(1)
        with open(f'/proc/{proc.pid}/maps') as maps:
            drivers = sorted(set(m.group(1) for m in GL_DRIVERS.finditer(maps.read())))
        if has_gpu_device():
            check(True, '# SKIP a GPU device: the windows may be drawn with GL here')
        else:
            check(not drivers, f'no GL driver is loaded ({", ".join(drivers) or "none"})')


run(main)
