package atomic
