// jemalloc, linked into the `galley` executable: the dynamic loader binds every library's malloc
// and free to it, ahead of glibc's (see Package.swift). Galley calls nothing in it by name.
