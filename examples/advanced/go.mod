module example.com/advanced

go 1.27
